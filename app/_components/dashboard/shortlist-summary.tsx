import Link from "next/link";
import { listBookmarks } from "@/lib/bookmarks/queries";
import { bookmarkStatuses, bookmarkStatusKeys } from "@/lib/bookmarks/vocabulary";
import { TitledSection } from "../ui/titled-section";

export async function ShortlistSummary({ userId }: { userId: string }) {
  const entries = await listBookmarks(userId);
  return (
    <TitledSection id="dashboard-shortlist" title="検討リスト">
      {entries.length === 0 ? (
        <p className="text-sm">
          気になる求人・案件を保存すると、応募状況をここで確認できます。
          <Link href="/listings" className="text-brand underline">
            求人・案件を探す
          </Link>
        </p>
      ) : (
        <>
          <ul className="flex flex-wrap gap-2 text-sm">
            {bookmarkStatusKeys.map((status) => (
              <li key={status}>
                <Link href={`/me/bookmarks?status=${status}`} className="inline-block rounded-md border border-line px-2 py-1 hover:border-brand">
                  {bookmarkStatuses[status]} <strong>{entries.filter((entry) => entry.status === status).length}</strong>件
                </Link>
              </li>
            ))}
          </ul>
          <p className="text-sm">
            <Link href="/me/bookmarks" className="text-brand underline">
              検討リストを開く（全{entries.length}件）
            </Link>
          </p>
        </>
      )}
    </TitledSection>
  );
}
