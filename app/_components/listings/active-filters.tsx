import Link from "next/link";
import { describeFilter } from "@/lib/listings/search/filter-labels";
import { activeFilterNames, listingFiltersToQuery, withoutFilter, type ListingFilters } from "@/lib/listings/search/filters";

export function ActiveFilters({ filters }: { filters: ListingFilters }) {
  const names = activeFilterNames(filters);
  if (names.length === 0) return null;
  return (
    <ul aria-label="指定中の条件" className="flex flex-wrap gap-2">
      {names.map((name) => (
        <li key={name}>
          <Link
            href={`/listings?${listingFiltersToQuery(withoutFilter(filters, name))}`}
            className="inline-flex items-center gap-1 rounded-full border border-brand bg-brand-soft px-3 py-1 text-sm"
            aria-label={`${describeFilter(filters, name)}の条件を外す`}
          >
            {describeFilter(filters, name)} <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
      <li>
        <Link href="/listings" className="inline-block px-2 py-1 text-sm text-brand underline">
          すべてクリア
        </Link>
      </li>
    </ul>
  );
}
