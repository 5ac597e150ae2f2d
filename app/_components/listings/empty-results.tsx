import Link from "next/link";
import { describeFilter, withoutFilter, type FilterName } from "@/lib/listings/filter-labels";
import { listingFiltersToQuery, type ListingFilters } from "@/lib/listings/filters";

export interface Relaxation {
  name: FilterName;
  count: number;
}

/** No results: say which single filter to drop, and how many listings that would bring back. */
export function EmptyResults({ filters, relaxations }: { filters: ListingFilters; relaxations: Relaxation[] }) {
  const helpful = relaxations.filter((relaxation) => relaxation.count > 0).sort((a, b) => b.count - a.count);
  return (
    <div role="status" className="space-y-3 rounded-[var(--radius-card)] border border-line bg-surface p-5">
      <p className="font-semibold">この条件に合う求人・案件は見つかりませんでした。</p>
      {helpful.length > 0 ? (
        <>
          <p className="text-sm">条件を1つ外すと見つかります:</p>
          <ul className="space-y-1 text-sm">
            {helpful.map(({ name, count }) => (
              <li key={name}>
                <Link href={`/listings?${listingFiltersToQuery(withoutFilter(filters, name))}`} className="text-brand underline">
                  「{describeFilter(filters, name)}」を外す（{count.toLocaleString("ja-JP")}件）
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm">
          キーワードを短くするか、
          <Link href="/listings" className="text-brand underline">
            条件をすべてクリア
          </Link>
          して探してみてください。
        </p>
      )}
    </div>
  );
}
