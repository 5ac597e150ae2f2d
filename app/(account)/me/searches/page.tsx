import type { Metadata } from "next";
import Link from "next/link";
import { DigestForm } from "@/app/_components/reminders/digest-form";
import { DeleteSavedSearchButton } from "@/app/_components/saved-searches/delete-saved-search-button";
import { requireUser } from "@/lib/auth/require-user";
import { describeFilter } from "@/lib/listings/search/filter-labels";
import { activeFilterNames, parseListingFilters, rawParamsFromQuery } from "@/lib/listings/search/filters";
import { listSavedSearches } from "@/lib/saved-searches/queries";

export const metadata: Metadata = { title: "保存した検索", robots: { index: false } };

export default async function SavedSearchesPage() {
  const user = await requireUser();
  const searches = await listSavedSearches(user.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">保存した検索</h1>
      {searches.length === 0 ? (
        <div className="space-y-2 rounded-[var(--radius-card)] border border-line bg-surface p-5">
          <p className="font-semibold">保存した検索条件はまだありません。</p>
          <p className="text-sm">
            <Link href="/listings" className="text-brand underline">
              求人・案件を探す
            </Link>
            で条件を指定して「この条件を保存」すると、次に来たときに新着の件数がわかります。
          </p>
        </div>
      ) : (
        <ul className="space-y-3">
          {searches.map((search) => {
            const filters = parseListingFilters(rawParamsFromQuery(search.query));
            const summary = activeFilterNames(filters).map((name) => describeFilter(filters, name));
            return (
              <li key={search.id} className="flex flex-wrap items-center justify-between gap-3 rounded-[var(--radius-card)] border border-line p-4">
                <div className="space-y-1">
                  <p className="font-bold">
                    <Link href={`/me/searches/${search.id}`} className="hover:underline">
                      {search.name}
                    </Link>
                    {search.newCount > 0 ? (
                      <span className="ml-2 rounded-full bg-brand px-2 py-0.5 text-xs text-brand-ink">新着 {search.newCount}件</span>
                    ) : (
                      <span className="ml-2 text-xs text-ink-muted">新着なし</span>
                    )}
                  </p>
                  <p className="text-xs text-ink-muted">{summary.length ? summary.join(" / ") : "すべての求人・案件"}</p>
                </div>
                <DeleteSavedSearchButton id={search.id} name={search.name} />
                <div className="w-full sm:max-w-xs">
                  <DigestForm searchId={search.id} searchName={search.name} frequency={search.digest} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
