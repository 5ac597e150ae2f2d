import Link from "next/link";
import type { DropFilterSuggestion } from "@/lib/listings/search/page";

/** No results: say which single filter to drop, and how many listings that would bring back. */
export function EmptyResults({ suggestions }: { suggestions: DropFilterSuggestion[] }) {
  return (
    <div role="status" className="space-y-3 rounded-[var(--radius-card)] border border-line bg-surface p-5">
      <p className="font-semibold">この条件に合う求人・案件は見つかりませんでした。</p>
      {suggestions.length > 0 ? (
        <>
          <p className="text-sm">条件を1つ外すと見つかります:</p>
          <ul className="space-y-1 text-sm">
            {suggestions.map(({ name, label, query, count }) => (
              <li key={name}>
                <Link href={`/listings?${query}`} className="text-brand underline">
                  「{label}」を外す（{count.toLocaleString("ja-JP")}件）
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
