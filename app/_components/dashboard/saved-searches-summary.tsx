import Link from "next/link";
import { listSavedSearches } from "@/lib/saved-searches/queries";
import { TitledSection } from "../ui/titled-section";

export async function SavedSearchesSummary({ userId }: { userId: string }) {
  const searches = await listSavedSearches(userId);
  return (
    <TitledSection id="dashboard-searches" title="保存した検索">
      {searches.length === 0 ? (
        <p className="text-sm">
          <Link href="/listings" className="text-brand underline">
            求人・案件の検索
          </Link>
          で条件を保存すると、新着の件数をここでお知らせします。
        </p>
      ) : (
        <ul className="space-y-1 text-sm">
          {searches.map((search) => (
            <li key={search.id}>
              <Link href={`/me/searches/${search.id}`} className="text-brand underline">
                {search.name}
              </Link>{" "}
              {search.newCount > 0 ? <strong>新着 {search.newCount}件</strong> : <span className="text-ink-muted">新着なし</span>}
            </li>
          ))}
        </ul>
      )}
    </TitledSection>
  );
}
