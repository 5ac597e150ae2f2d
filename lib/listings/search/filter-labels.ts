import { pmoTypes } from "@/lib/pmo-types/data";
import { employmentTypes, industries, listingLevels, workStyles } from "../vocabulary";
import type { FilterName, ListingFilters } from "./filters";

const pmoTypeNames = Object.fromEntries(pmoTypes.map((type) => [type.slug, type.name])) as Record<string, string>;
const join = (values: string[], labels: Record<string, string>) => values.map((value) => labels[value] ?? value).join("・");

/** How a narrowing filter reads in a chip or an empty-state suggestion. */
export function describeFilter(filters: ListingFilters, name: FilterName): string {
  switch (name) {
    case "q":
      return `キーワード「${filters.q}」`;
    case "employment":
      return join(filters.employment, employmentTypes);
    case "pmoType":
      return join(filters.pmoType, pmoTypeNames);
    case "level":
      return join(filters.level, listingLevels);
    case "industry":
      return join(filters.industry, industries);
    case "workStyle":
      return join(filters.workStyle, workStyles);
    case "prefecture":
      return filters.prefecture.join("・");
    case "minPay":
      return `${filters.payBasis === "monthly" ? "月額" : "年収"}${filters.minPay}万円以上`;
    case "maxDays":
      return `週${filters.maxDays}日以下`;
    case "skill":
      return `スキル・資格「${filters.skill}」`;
    case "postedWithin":
      return `${filters.postedWithin}日以内に掲載`;
  }
}
