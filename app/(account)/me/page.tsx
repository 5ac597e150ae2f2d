import type { Metadata } from "next";
import Link from "next/link";
import { signOutUser } from "@/lib/account/actions";
import { LatestResultCard } from "@/app/_components/self-check/latest-result-card";
import { requireUser } from "@/lib/auth/require-user";
import { getLatestSelfCheckResult } from "@/lib/self-check/queries";

export const metadata: Metadata = { title: "マイページ", robots: { index: false } };

export default async function MyPage() {
  const user = await requireUser();
  const latestSelfCheck = await getLatestSelfCheckResult(user.id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">マイページ</h1>
        <form action={signOutUser}>
          <button type="submit" className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-surface">
            ログアウト
          </button>
        </form>
      </div>
      <p className="text-lg">ようこそ、{user.name}さん。</p>
      <p className="text-ink-muted">キャリアプラン、資格の学習記録、気になる求人の検討リストをここでまとめて管理できます。</p>
      <nav aria-label="マイページのメニュー">
        <ul className="grid gap-3 sm:grid-cols-2">
          <li>
            <Link href="/me/bookmarks" className="block rounded-[var(--radius-card)] border border-line p-4 hover:border-brand">
              <span className="font-bold">検討リスト</span>
              <span className="block text-sm text-ink-muted">保存した求人・案件の応募状況とメモ</span>
            </Link>
          </li>
          <li>
            <Link href="/me/searches" className="block rounded-[var(--radius-card)] border border-line p-4 hover:border-brand">
              <span className="font-bold">保存した検索</span>
              <span className="block text-sm text-ink-muted">条件に合う新着の求人・案件</span>
            </Link>
          </li>
        </ul>
      </nav>
      <LatestResultCard result={latestSelfCheck} />
    </div>
  );
}
