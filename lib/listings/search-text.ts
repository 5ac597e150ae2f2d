import { getPmoType } from "@/lib/pmo-types/data";
import { bigrams, normalizeForSearch } from "@/lib/search/japanese";
import { facetTokens } from "./facets";
import type { ValidListingRow } from "./import-schema";
import { employmentTypes, industries, listingLevels, workStyles } from "./vocabulary";

/**
 * Everything a keyword may match, normalised (titles, descriptions, skills and the labels of each
 * field), its bigrams, and one token per filterable field.
 */
export function listingSearchFields(row: ValidListingRow): { searchText: string; searchBigrams: string[]; filterTokens: string[] } {
  const searchText = normalizeForSearch(
    [
      row.title,
      row.company,
      row.description,
      ...row.required_skills,
      ...row.preferred_skills,
      ...row.certifications,
      employmentTypes[row.employment_type],
      getPmoType(row.pmo_type)?.name ?? "",
      listingLevels[row.level],
      industries[row.industry],
      workStyles[row.work_style],
      row.prefecture,
    ].join("\n"),
  ).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
  const filterTokens = facetTokens({
    isOpen: row.status,
    employmentType: row.employment_type,
    pmoType: row.pmo_type,
    level: row.level,
    industry: row.industry,
    workStyle: row.work_style,
    prefecture: row.prefecture,
    daysPerWeek: row.days_per_week,
  });
  return { searchText, searchBigrams: bigrams(searchText), filterTokens };
}
