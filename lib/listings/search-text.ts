import { getPmoType } from "@/lib/pmo-types/data";
import { bigrams, normalizeForSearch } from "@/lib/search/japanese";
import type { ValidListingRow } from "./import-schema";
import { employmentTypes, industries, listingLevels, workStyles } from "./vocabulary";

/** Everything a keyword may match, normalised: titles, descriptions, skills and the labels of each field. */
export function listingSearchFields(row: ValidListingRow): { searchText: string; searchBigrams: string[] } {
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
  );
  return { searchText, searchBigrams: bigrams(searchText) };
}
