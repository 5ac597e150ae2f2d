import type { Metadata } from "next";
import Link from "next/link";
import { CareerSummary } from "@/app/_components/dashboard/career-summary";
import { CertificationSummary } from "@/app/_components/dashboard/certification-summary";
import { PlanSummary } from "@/app/_components/dashboard/plan-summary";
import { RemindersSummary } from "@/app/_components/dashboard/reminders-summary";
import { SavedSearchesSummary } from "@/app/_components/dashboard/saved-searches-summary";
import { ShortlistSummary } from "@/app/_components/dashboard/shortlist-summary";
import { SuggestedGuides } from "@/app/_components/dashboard/suggested-guides";
import { LatestResultCard } from "@/app/_components/self-check/latest-result-card";
import { signOutUserAction } from "@/lib/account/actions";
import { getEmailStatus } from "@/lib/account/email/queries";
import { requireUser } from "@/lib/auth/require-user";
import { getLatestSelfCheckResult } from "@/lib/self-check/queries";
import { Button, buttonClasses } from "@/app/_components/ui/button";
import { StatusMessage } from "@/app/_components/ui/status-message";

export const metadata: Metadata = { title: "マイページ", robots: { index: false } };

export default async function MyPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const user = await requireUser();
  const [latestSelfCheck, emailStatus, { welcome }] = await Promise.all([getLatestSelfCheckResult(user.id), getEmailStatus(user.id), searchParams]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">マイページ</h1>
        <div className="flex gap-2">
          <Link href="/me/settings" className={buttonClasses()}>
            アカウント設定
          </Link>
          <form action={signOutUserAction}>
            <Button type="submit">ログアウト</Button>
          </form>
        </div>
      </div>
      {welcome === "1" && (
        <StatusMessage tone="notice">
          本登録が完了しました。PMOキャリアガイドへようこそ。
        </StatusMessage>
      )}
      {emailStatus && !emailStatus.confirmed && (
        <p role="note" className="rounded-md border border-focus bg-surface px-3 py-2">
          メールアドレスを確認してください。{" "}
          <Link href="/me/settings#settings-email" className="text-brand underline">
            確認メールを送る
          </Link>
        </p>
      )}
      <p className="text-lg">ようこそ、{user.name}さん。</p>
      <RemindersSummary userId={user.id} />
      <div className="grid gap-4 md:grid-cols-2">
        <PlanSummary userId={user.id} />
        <CertificationSummary userId={user.id} />
        <CareerSummary userId={user.id} />
        <ShortlistSummary userId={user.id} />
        <SavedSearchesSummary userId={user.id} />
        <LatestResultCard result={latestSelfCheck} />
        <SuggestedGuides userId={user.id} />
      </div>
    </div>
  );
}
