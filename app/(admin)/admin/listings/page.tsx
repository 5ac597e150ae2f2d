import type { Metadata } from "next";
import Link from "next/link";
import { OpenToggle } from "@/app/_components/listings/admin/open-toggle";
import { ClosedBadge, SampleBadge } from "@/app/_components/listings/listing-badges";
import { Pagination } from "@/app/_components/listings/pagination";
import { requireAdmin } from "@/lib/auth/require-admin";
import { formatCount, formatPay, formatSlashDate } from "@/lib/listings/format";
import { parseListingFilters } from "@/lib/listings/search/filters";
import { searchListingsPage } from "@/lib/listings/search/page";
import { Button } from "@/app/_components/ui/button";
import { StatusMessage } from "@/app/_components/ui/status-message";

export const metadata: Metadata = { title: "求人の管理" };

export default async function AdminListingsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string; saved?: string }> }) {
  await requireAdmin();
  const params = await searchParams;
  // Every listing, open or closed, sample or real; only the keyword and the page come from the URL.
  const filters = { ...parseListingFilters({ q: params.q, page: params.page }), includeClosed: true };
  const { q, page } = filters;
  const result = await searchListingsPage(filters);
  const { rows, pageCount } = result;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">求人の管理</h1>
      {params.saved && (
        <StatusMessage tone="success">
          保存しました。
        </StatusMessage>
      )}
      <form action="/admin/listings" method="get" role="search" className="flex gap-2">
        <label htmlFor="admin-q" className="sr-only">
          キーワード
        </label>
        <input id="admin-q" name="q" type="search" defaultValue={q} className="min-w-0 flex-1 rounded-md border border-line bg-page px-3 py-1.5" placeholder="タイトル・会社名・スキルで検索" />
        <Button type="submit" variant="primary">
          検索
        </Button>
      </form>
      <p>
        {formatCount(result)}（募集終了を含む）
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th className="p-2">タイトル</th>
              <th className="p-2">報酬</th>
              <th className="p-2">掲載日</th>
              <th className="p-2">操作</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((listing) => (
              <tr key={listing.id} className="border-b border-line align-top">
                <td className="p-2">
                  <div className="flex flex-wrap gap-1">
                    {!listing.isOpen && <ClosedBadge />}
                    {listing.isSample && <SampleBadge />}
                  </div>
                  <Link href={`/admin/listings/${listing.id}/edit`} className="font-semibold hover:underline">
                    {listing.title}
                  </Link>
                  <div className="text-xs text-ink-muted">{listing.company}</div>
                </td>
                <td className="p-2 whitespace-nowrap">{formatPay(listing.payUnit, listing.payMin, listing.payMax)}</td>
                <td className="p-2 whitespace-nowrap">{formatSlashDate(listing.postedOn)}</td>
                <td className="p-2">
                  <OpenToggle id={listing.id} isOpen={listing.isOpen} title={listing.title} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={pageCount} hrefFor={(next) => `/admin/listings?${new URLSearchParams({ ...(q ? { q } : {}), page: String(next) })}`} />
    </div>
  );
}
