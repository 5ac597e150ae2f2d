import { parseListingFilters, rawParamsFromQuery } from "@/lib/listings/search/filters";
import { searchListings } from "@/lib/listings/search/queries";

export const dynamic = "force-dynamic";

/** The listing search as JSON: the same filters and URL parameters as /listings. */
export async function GET(request: Request) {
  const filters = parseListingFilters(rawParamsFromQuery(new URL(request.url).search));
  const { rows, total } = await searchListings(filters);
  return Response.json({ total, page: filters.page, rows });
}
