import type { Metadata } from "next";
import Link from "next/link";
import { ShortlistCard } from "@/app/_components/bookmarks/shortlist-card";
import { TabLink } from "@/app/_components/ui/tab-link";
import { requireUser } from "@/lib/auth/require-user";
import { listBookmarks } from "@/lib/bookmarks/queries";
import { bookmarkStatuses, bookmarkStatusKeys, type BookmarkStatus } from "@/lib/bookmarks/vocabulary";

export const metadata: Metadata = { title: "検討リスト", robots: { index: false } };

type SearchParams = Promise<{ view?: string; status?: string }>;

export default async function BookmarksPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const view = params.view === "board" ? "board" : "list";
  const status = bookmarkStatusKeys.find((key) => key === params.status);
  const entries = await listBookmarks(user.id);
  const shown = status ? entries.filter((entry) => entry.status === status) : entries;
  const countOf = (key: BookmarkStatus) => entries.filter((entry) => entry.status === key).length;
  const link = (next: { view?: string; status?: string }) => {
    const query = new URLSearchParams({ ...(view === "board" ? { view } : {}), ...(status ? { status } : {}), ...next });
    for (const [key, value] of [...query]) if (!value) query.delete(key);
    return `/me/bookmarks${query.size ? `?${query}` : ""}`;
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">検討リスト</h1>
        <nav aria-label="表示の切り替え" className="flex gap-2">
          <TabLink href={link({ view: "" })} current={view === "list"}>
            リスト
          </TabLink>
          <TabLink href={link({ view: "board", status: "" })} current={view === "board"}>
            ボード
          </TabLink>
        </nav>
      </div>

      {entries.length === 0 ? (
        <div className="space-y-2 rounded-[var(--radius-card)] border border-line bg-surface p-5">
          <p className="font-semibold">まだ保存した求人・案件はありません。</p>
          <p className="text-sm">
            <Link href="/listings" className="text-brand underline">
              求人・案件を探す
            </Link>
            で「☆ 検討リストに保存」を押すと、ここで応募状況とメモを管理できます。
          </p>
        </div>
      ) : view === "list" ? (
        <>
          <nav aria-label="ステータスで絞り込む">
            <ul className="flex flex-wrap gap-2">
              <li>
                <TabLink href={link({ status: "" })} current={!status}>
                  すべて（{entries.length}）
                </TabLink>
              </li>
              {bookmarkStatusKeys.map((key) => (
                <li key={key}>
                  <TabLink href={link({ status: key })} current={status === key}>
                    {bookmarkStatuses[key]}（{countOf(key)}）
                  </TabLink>
                </li>
              ))}
            </ul>
          </nav>
          {shown.length === 0 ? (
            <p className="text-ink-muted">「{status && bookmarkStatuses[status]}」の求人・案件はありません。</p>
          ) : (
            <>
            <h2 className="sr-only">{status ? bookmarkStatuses[status] : "すべて"}の求人・案件</h2>
            <ul className="grid gap-4 md:grid-cols-2">
              {shown.map((entry) => (
                <li key={entry.id}>
                  <ShortlistCard entry={entry} />
                </li>
              ))}
            </ul>
            </>
          )}
        </>
      ) : (
        <div className="grid gap-4 md:grid-cols-3 xl:grid-cols-6">
          {bookmarkStatusKeys.map((key) => (
            <section key={key} aria-labelledby={`column-${key}`} className="space-y-3 rounded-[var(--radius-card)] bg-surface p-3">
              <h2 id={`column-${key}`} className="font-bold">
                {bookmarkStatuses[key]}（{countOf(key)}）
              </h2>
              <ul className="space-y-3">
                {entries
                  .filter((entry) => entry.status === key)
                  .map((entry) => (
                    <li key={entry.id}>
                      <ShortlistCard entry={entry} />
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
