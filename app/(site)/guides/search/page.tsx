import type { Metadata } from "next";
import Link from "next/link";
import { GuideGrid } from "@/app/_components/guides/guide-card";
import { GuideSearchForm } from "@/app/_components/guides/guide-search-form";
import { Breadcrumbs } from "@/app/_components/ui/breadcrumbs";
import { allTags, getGuides } from "@/lib/guides/content";
import { searchGuides } from "@/lib/guides/search";

export const metadata: Metadata = { title: "ガイドを検索", robots: { index: false, follow: true } };

export default async function GuideSearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q } = await searchParams;
  const query = (typeof q === "string" ? q : "").trim().slice(0, 100);
  const guides = await getGuides();
  const hits = searchGuides(guides, query);
  const suggestions = allTags(guides).slice(0, 8);

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { name: "ホーム", href: "/" },
          { name: "ガイド", href: "/guides" },
          { name: "検索", href: "/guides/search" },
        ]}
      />
      <h1 className="text-2xl font-bold">{query ? `「${query}」の検索結果` : "ガイドを検索"}</h1>
      <GuideSearchForm defaultValue={query} />
      {query && hits.length > 0 && (
        <>
          <h2 className="sr-only">検索結果</h2>
          <p role="status">{hits.length}件のガイドが見つかりました。</p>
          <GuideGrid guides={hits.map(({ guide, snippet }) => ({ guide, snippet }))} />
        </>
      )}
      {query && hits.length === 0 && (
        <div role="status" className="space-y-3 rounded-[var(--radius-card)] border border-line bg-surface p-5">
          <p className="font-semibold">「{query}」に一致するガイドは見つかりませんでした。</p>
          <ul className="list-disc space-y-1 pl-5 text-sm text-ink-muted">
            <li>言葉を短くする（例:「議事録の書き方」→「議事録」）</li>
            <li>別の言い方を試す（例:「給料」→「年収」）</li>
            <li>複数の言葉を入れた場合は、1つずつ検索する</li>
          </ul>
          <p className="text-sm">よく読まれているテーマ:</p>
          <ul className="flex flex-wrap gap-2">
            {suggestions.map(({ tag }) => (
              <li key={tag}>
                <Link href={`/guides/tags/${encodeURIComponent(tag)}`} className="inline-block rounded-full border border-line px-3 py-1 text-sm hover:border-brand">
                  #{tag}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!query && <p className="text-ink-muted">キーワードを入力してください。2文字の言葉（例: 議事、年収、金融）でも探せます。</p>}
    </div>
  );
}
