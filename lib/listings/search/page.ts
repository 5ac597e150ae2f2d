import "server-only";
import { describeFilter } from "./filter-labels";
import { activeFilterNames, listingFiltersToQuery, MAX_PAGE, PAGE_SIZE, withoutFilter, type FilterName, type ListingFilters } from "./filters";
import { countListings, searchListings, type ListingPage } from "./queries";

/** A filter whose removal would bring results back to an empty search. */
export interface DropFilterSuggestion {
  name: FilterName;
  /** How the filter reads: 「キーワード「金融」」. */
  label: string;
  /** The canonical query of the search without it. */
  query: string;
  count: number;
}

export interface ListingSearchPage extends ListingPage {
  /** Pages the pagination offers (never past MAX_PAGE). */
  pageCount: number;
  /** Which filters narrow the search, for chips and the filter panel's counter. */
  active: FilterName[];
  /** Only when nothing was found: the single filters worth dropping, most results first. */
  suggestions: DropFilterSuggestion[];
}

/** One listing search as a page shows it: the rows and count, paging, and what to drop when nothing matches. */
export async function searchListingsPage(filters: ListingFilters): Promise<ListingSearchPage> {
  const found = await searchListings(filters);
  const active = activeFilterNames(filters);
  const suggestions = found.total === 0 && active.length > 0 ? await dropFilterSuggestions(filters, active) : [];
  return { ...found, pageCount: Math.min(Math.ceil(found.total / PAGE_SIZE), MAX_PAGE), active, suggestions };
}

async function dropFilterSuggestions(filters: ListingFilters, active: FilterName[]): Promise<DropFilterSuggestion[]> {
  const counted = await Promise.all(
    active.map(async (name) => {
      const without = withoutFilter(filters, name);
      return { name, label: describeFilter(filters, name), query: listingFiltersToQuery(without), count: (await countListings(without)).total };
    }),
  );
  return counted.filter((suggestion) => suggestion.count > 0).sort((a, b) => b.count - a.count);
}
