import Link from "next/link";
import { allTags, type Guide } from "@/lib/guides/content";
import { guideCategories, type GuideCategory } from "@/lib/guides/schema";

export function GuideBrowseNav({ guides, current }: { guides: Guide[]; current?: { category?: GuideCategory; tag?: string } }) {
  const chip = "inline-block rounded-full border px-3 py-1 text-sm";
  return (
    <div className="space-y-4">
      <nav aria-label="カテゴリ">
        <h2 className="mb-2 text-sm font-bold text-ink-muted">カテゴリ</h2>
        <ul className="flex flex-wrap gap-2">
          {(Object.entries(guideCategories) as [GuideCategory, string][]).map(([slug, label]) => (
            <li key={slug}>
              <Link
                href={`/guides/category/${slug}`}
                aria-current={current?.category === slug ? "page" : undefined}
                className={`${chip} ${current?.category === slug ? "border-brand bg-brand text-brand-ink" : "border-line hover:border-brand"}`}
              >
                {label}（{guides.filter((guide) => guide.category === slug).length}）
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="タグ">
        <h2 className="mb-2 text-sm font-bold text-ink-muted">タグ</h2>
        <ul className="flex flex-wrap gap-2">
          {allTags(guides).map(({ tag, count }) => (
            <li key={tag}>
              <Link
                href={`/guides/tags/${encodeURIComponent(tag)}`}
                aria-current={current?.tag === tag ? "page" : undefined}
                className={`${chip} ${current?.tag === tag ? "border-brand bg-brand text-brand-ink" : "border-line hover:border-brand"}`}
              >
                #{tag}（{count}）
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
