import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilters } from "@/app/_components/listings/active-filters";
import { EmptyResults } from "@/app/_components/listings/empty-results";
import { ListingCard } from "@/app/_components/listings/listing-card";
import { ListingFilterForm } from "@/app/_components/listings/listing-filter-form";
import { Pagination } from "@/app/_components/listings/pagination";
import { SaveSearchForm } from "@/app/_components/saved-searches/save-search-form";
import { Breadcrumbs } from "@/app/_components/ui/breadcrumbs";
import { auth } from "@/lib/auth";
import { bookmarkedListingIds } from "@/lib/bookmarks/queries";
import { formatCount } from "@/lib/listings/format";
import { listingFiltersToQuery, PAGE_SIZE, parseListingFilters, type RawParams } from "@/lib/listings/search/filters";
import { searchListingsPage } from "@/lib/listings/search/page";
import { absoluteUrl } from "@/lib/site/config";

export const metadata: Metadata = {
  title: "PMOの求人・案件を探す",
  description: "PMOの正社員・契約社員求人と、フリーランス・副業案件を検索。業界、PMOタイプ、レベル、リモート可否、週の稼働日数、報酬で絞り込めます。",
  alternates: { canonical: absoluteUrl("/listings") },
};

export default async function ListingsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const filters = parseListingFilters(await searchParams);
  const [result, session] = await Promise.all([searchListingsPage(filters), auth()]);
  const { rows, total, active, pageCount } = result;
  const saved = session ? await bookmarkedListingIds(session.user.id, rows.map((row) => row.id)) : new Set<string>();
  const query = listingFiltersToQuery(filters);
  const returnTo = `/listings${query ? `?${query}` : ""}`;
  const firstShown = (filters.page - 1) * PAGE_SIZE + 1;

  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs
          items={[
            { name: "ホーム", href: "/" },
            { name: "求人・案件", href: "/listings" },
          ]}
        />
        <h1 className="text-2xl font-bold sm:text-3xl">PMOの求人・案件を探す</h1>
        <p className="mt-2 rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink-muted">
          現在掲載している求人・案件は、サイトの機能をお試しいただくための<strong>サンプルデータ（架空の求人）</strong>です。
        </p>
      </div>
      <ListingFilterForm filters={filters} activeCount={active.filter((name) => name !== "q").length} />
      <ActiveFilters filters={filters} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" aria-live="polite" className="font-semibold">
          {formatCount(result)}
          {total > 0 && <span className="ml-2 text-sm font-normal text-ink-muted">（{firstShown}〜{Math.min(firstShown + rows.length - 1, total)}件目を表示）</span>}
        </p>
        <SaveSearchForm query={listingFiltersToQuery({ ...filters, page: 1 })} signedIn={!!session} returnTo={returnTo} />
      </div>
      {total === 0 ? (
        <EmptyResults suggestions={result.suggestions} />
      ) : (
        <>
          <h2 className="sr-only">検索結果</h2>
          <ul className="space-y-4">
            {rows.map((listing) => (
              <li key={listing.id}>
                <ListingCard listing={listing} bookmarked={saved.has(listing.id)} returnTo={returnTo} />
              </li>
            ))}
          </ul>
        </>
      )}
      {total > 0 && rows.length === 0 && (
        <p className="text-ink-muted">
          このページには結果がありません。
          <Link href={`/listings?${listingFiltersToQuery(filters, { page: 1 })}`} className="text-brand underline">
            1ページ目へ戻る
          </Link>
        </p>
      )}
      <Pagination page={filters.page} pageCount={pageCount} hrefFor={(page) => `/listings?${listingFiltersToQuery(filters, { page })}`} />
    </div>
  );
}
