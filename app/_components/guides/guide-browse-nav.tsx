import { TabLink } from "../ui/tab-link";
import { allTags, type Guide } from "@/lib/guides/content";
import { guideCategories, type GuideCategory } from "@/lib/guides/schema";

export function GuideBrowseNav({ guides, current }: { guides: Guide[]; current?: { category?: GuideCategory; tag?: string } }) {
  return (
    <div className="space-y-4">
      <nav aria-label="カテゴリ">
        <h2 className="mb-2 text-sm font-bold text-ink-muted">カテゴリ</h2>
        <ul className="flex flex-wrap gap-2">
          {(Object.entries(guideCategories) as [GuideCategory, string][]).map(([slug, label]) => (
            <li key={slug}>
              <TabLink href={`/guides/category/${slug}`} current={current?.category === slug} shape="chip">
                {label}（{guides.filter((guide) => guide.category === slug).length}）
              </TabLink>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="タグ">
        <h2 className="mb-2 text-sm font-bold text-ink-muted">タグ</h2>
        <ul className="flex flex-wrap gap-2">
          {allTags(guides).map(({ tag, count }) => (
            <li key={tag}>
              <TabLink href={`/guides/tags/${encodeURIComponent(tag)}`} current={current?.tag === tag} shape="chip">
                #{tag}（{count}）
              </TabLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
