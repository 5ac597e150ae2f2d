import type { NewListing } from "@/db/schema";
import type { ValidListingRow } from "./schema";
import { listingSearchFields } from "./search/search-text";

function annualEquivalent(unit: "annual" | "monthly", yen: number): number {
  return unit === "monthly" ? yen * 12 : yen;
}

/** A validated import row as the listings table stores it. */
export function toListingValues(row: ValidListingRow, origin: { source: string; isSample: boolean }): NewListing {
  const content = {
    externalId: row.external_id,
    source: origin.source,
    isSample: origin.isSample,
    title: row.title,
    company: row.company,
    description: row.description,
    employmentType: row.employment_type,
    pmoType: row.pmo_type,
    level: row.level,
    industry: row.industry,
    workStyle: row.work_style,
    prefecture: row.prefecture,
    payUnit: row.pay_unit,
    payMin: row.pay_min,
    payMax: row.pay_max,
    payAnnualMax: annualEquivalent(row.pay_unit, row.pay_max),
    daysPerWeek: row.days_per_week,
    requiredSkills: row.required_skills,
    preferredSkills: row.preferred_skills,
    certifications: row.certifications,
    postedOn: row.posted_on,
    closesOn: row.closes_on,
    isOpen: row.status,
  };
  return { ...content, ...listingSearchFields(content) };
}
