import { pmoTypeSlugs, type PmoTypeSlug } from "@/lib/pmo-types/data";
import {
  employmentTypes,
  industries,
  listingLevels,
  prefectures,
  workStyles,
  type EmploymentType,
  type Industry,
  type ListingLevel,
  type Prefecture,
  type WorkStyle,
} from "../vocabulary";

export const sortOrders = { newest: "新着順", pay: "報酬が高い順" } as const;
export type SortOrder = keyof typeof sortOrders;
export const PAGE_SIZE = 20;
/** Pages go no deeper than this (1,000 results); past that, narrowing the search serves better. */
export const MAX_PAGE = 50;

export interface ListingFilters {
  q: string;
  employment: EmploymentType[];
  pmoType: PmoTypeSlug[];
  level: ListingLevel[];
  industry: Industry[];
  workStyle: WorkStyle[];
  prefecture: Prefecture[];
  /** 万円; with payBasis "monthly" it is a monthly rate, otherwise a year's pay. */
  minPay: number | null;
  payBasis: "annual" | "monthly";
  maxDays: number | null;
  skill: string;
  /** Days since posting: 7, 30 or 90. */
  postedWithin: number | null;
  includeClosed: boolean;
  sort: SortOrder;
  page: number;
}

/** The filters that narrow a search: each one can be shown as a chip and dropped on its own. */
export type FilterName = "q" | "employment" | "pmoType" | "level" | "industry" | "workStyle" | "prefecture" | "minPay" | "maxDays" | "skill" | "postedWithin";

export type RawParams = Record<string, string | string[] | undefined>;

const all = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const first = (value: string | string[] | undefined): string => all(value)[0] ?? "";

/** Keeps only values of the vocabulary, once each, in the vocabulary's order; anything else is dropped. */
function pickFrom<T extends string>(allowed: readonly T[], value: string | string[] | undefined): T[] {
  const given = new Set(all(value));
  return allowed.filter((item) => given.has(item));
}

function intIn(raw: string, min: number, max: number): number | null {
  const value = raw.normalize("NFKC").trim();
  if (!/^\d{1,6}$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

const text = (value: string, max: number) => value.normalize("NFKC").replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, max);

/** Reads filters from a URL's query. Hostile or unknown values are ignored, never an error. */
export function parseListingFilters(params: RawParams): ListingFilters {
  const postedWithin = intIn(first(params.postedWithin), 1, 365);
  return {
    q: text(first(params.q), 100),
    employment: pickFrom(Object.keys(employmentTypes) as EmploymentType[], params.employment),
    pmoType: pickFrom(pmoTypeSlugs, params.pmoType),
    level: pickFrom(Object.keys(listingLevels) as ListingLevel[], params.level),
    industry: pickFrom(Object.keys(industries) as Industry[], params.industry),
    workStyle: pickFrom(Object.keys(workStyles) as WorkStyle[], params.workStyle),
    prefecture: pickFrom(prefectures, params.prefecture),
    minPay: intIn(first(params.minPay), 1, 10_000),
    payBasis: first(params.payBasis) === "monthly" ? "monthly" : "annual",
    maxDays: intIn(first(params.maxDays), 1, 5),
    skill: text(first(params.skill), 60),
    postedWithin: postedWithin && [7, 30, 90].includes(postedWithin) ? postedWithin : null,
    includeClosed: first(params.includeClosed) === "1",
    sort: first(params.sort) === "pay" ? "pay" : "newest",
    page: intIn(first(params.page), 1, MAX_PAGE) ?? 1,
  };
}

/** The canonical query string of a search (defaults left out), for links, paging and saved searches. */
export function listingFiltersToQuery(filters: ListingFilters, overrides: Partial<ListingFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  for (const key of ["employment", "pmoType", "level", "industry", "workStyle", "prefecture"] as const) {
    for (const value of merged[key]) params.append(key, value);
  }
  if (merged.minPay !== null) {
    params.set("minPay", String(merged.minPay));
    if (merged.payBasis === "monthly") params.set("payBasis", "monthly");
  }
  if (merged.maxDays !== null) params.set("maxDays", String(merged.maxDays));
  if (merged.skill) params.set("skill", merged.skill);
  if (merged.postedWithin !== null) params.set("postedWithin", String(merged.postedWithin));
  if (merged.includeClosed) params.set("includeClosed", "1");
  if (merged.sort !== "newest") params.set("sort", merged.sort);
  if (merged.page !== 1) params.set("page", String(merged.page));
  return params.toString();
}

/** Which filters are narrowing the search, for chips and the empty state's "relax this" suggestions. */
export function activeFilterNames(filters: ListingFilters): FilterName[] {
  const names: FilterName[] = [];
  if (filters.q) names.push("q");
  for (const key of ["employment", "pmoType", "level", "industry", "workStyle", "prefecture"] as const) if (filters[key].length) names.push(key);
  if (filters.minPay !== null) names.push("minPay");
  if (filters.maxDays !== null) names.push("maxDays");
  if (filters.skill) names.push("skill");
  if (filters.postedWithin !== null) names.push("postedWithin");
  return names;
}

/** The same search without one filter (back to the first page). */
export function withoutFilter(filters: ListingFilters, name: FilterName): ListingFilters {
  const cleared: Partial<ListingFilters> =
    name === "q" || name === "skill"
      ? { [name]: "" }
      : name === "minPay" || name === "maxDays" || name === "postedWithin"
        ? { [name]: null }
        : { [name]: [] };
  return { ...filters, ...cleared, page: 1 };
}

/** Lower bound of yen a year that a listing's top pay must reach. */
export function minAnnualYen(filters: ListingFilters): number | null {
  if (filters.minPay === null) return null;
  return filters.minPay * 10_000 * (filters.payBasis === "monthly" ? 12 : 1);
}

/** A stored query string back into the shape Next gives searchParams (repeated keys as arrays). */
export function rawParamsFromQuery(query: string): RawParams {
  const params = new URLSearchParams(query);
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
}
