import type { Metadata } from "next";
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
      <LatestResultCard result={latestSelfCheck} />
    </div>
  );
}
