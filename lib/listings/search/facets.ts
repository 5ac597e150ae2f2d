import type { PmoTypeSlug } from "@/lib/pmo-types/data";
import type { EmploymentType, Industry, ListingLevel, WorkStyle } from "../vocabulary";
import type { ListingFilters } from "./filters";

// Every exact-match field of a listing is also a token in one GIN-indexed array, so any mix of
// filters is answered by one index. The prefix keeps tokens apart from any user-entered text.
const prefix = "\u0001";

export const facetToken = {
  open: (isOpen: boolean) => `${prefix}open:${isOpen ? 1 : 0}`,
  employment: (value: EmploymentType) => `${prefix}emp:${value}`,
  pmoType: (value: PmoTypeSlug) => `${prefix}type:${value}`,
  level: (value: ListingLevel) => `${prefix}level:${value}`,
  industry: (value: Industry) => `${prefix}ind:${value}`,
  workStyle: (value: WorkStyle) => `${prefix}style:${value}`,
  prefecture: (value: string) => `${prefix}pref:${value}`,
  /** A listing of d days a week matches "at most n days" for every n ≥ d. */
  maxDays: (days: number) => `${prefix}days<=${days}`,
};

export interface FacetSource {
  isOpen: boolean;
  employmentType: EmploymentType;
  pmoType: PmoTypeSlug;
  level: ListingLevel;
  industry: Industry;
  workStyle: WorkStyle;
  prefecture: string;
  daysPerWeek: number;
}

export function facetTokens(listing: FacetSource): string[] {
  const tokens = [
    facetToken.open(listing.isOpen),
    facetToken.employment(listing.employmentType),
    facetToken.pmoType(listing.pmoType),
    facetToken.level(listing.level),
    facetToken.industry(listing.industry),
    facetToken.workStyle(listing.workStyle),
    facetToken.prefecture(listing.prefecture),
  ];
  for (let days = listing.daysPerWeek; days <= 5; days += 1) tokens.push(facetToken.maxDays(days));
  return tokens;
}

/** The tokens of each exact-match filter in use: a listing matches one token of every group. */
export function facetFilterTokens(filters: ListingFilters): string[][] {
  return [
    filters.employment.map(facetToken.employment),
    filters.pmoType.map(facetToken.pmoType),
    filters.level.map(facetToken.level),
    filters.industry.map(facetToken.industry),
    filters.workStyle.map(facetToken.workStyle),
    filters.prefecture.map(facetToken.prefecture),
    filters.maxDays === null ? [] : [facetToken.maxDays(filters.maxDays)],
  ].filter((tokens) => tokens.length > 0);
}
