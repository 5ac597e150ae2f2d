import type { NewListing } from "@/db/schema";
import { getPmoType } from "@/lib/pmo-types/data";
import { bigrams, normalizeForSearch } from "./japanese";
import { facetTokens } from "./facets";
import { employmentTypes, industries, listingLevels, workStyles } from "../vocabulary";

type SearchFields = Pick<NewListing, "searchText" | "searchBigrams" | "filterTokens">;
type ListingContent = Omit<NewListing, keyof SearchFields>;

/**
 * Everything a keyword may match, normalised (titles, descriptions, skills and the labels of each
 * field), its bigrams, and one token per filterable field.
 */
export function listingSearchFields(listing: ListingContent): SearchFields {
  const searchText = normalizeForSearch(
    [
      listing.title,
      listing.company,
      listing.description,
      ...(listing.requiredSkills ?? []),
      ...(listing.preferredSkills ?? []),
      ...(listing.certifications ?? []),
      employmentTypes[listing.employmentType],
      getPmoType(listing.pmoType)?.name ?? "",
      listingLevels[listing.level],
      industries[listing.industry],
      workStyles[listing.workStyle],
      listing.prefecture,
    ].join("\n"),
  ).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
  return { searchText, searchBigrams: bigrams(searchText), filterTokens: facetTokens({ ...listing, isOpen: listing.isOpen ?? true }) };
}
