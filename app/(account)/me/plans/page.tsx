import type { Metadata } from "next";
import Link from "next/link";
import { PlanGroup } from "@/app/_components/plans/plan-card";
import { buttonClasses } from "@/app/_components/ui/button";
import { requireUser } from "@/lib/auth/require-user";
import { listPlans } from "@/lib/plans/plans/queries";
import { StatusMessage } from "@/app/_components/ui/status-message";

export const metadata: Metadata = { title: "キャリアプラン", robots: { index: false } };

type SearchParams = Promise<{ deleted?: string }>;

export default async function PlansPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const [plans, { deleted }] = await Promise.all([listPlans(user.id), searchParams]);
  const active = plans.filter((plan) => !plan.archivedAt);
  const archived = plans.filter((plan) => plan.archivedAt);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">キャリアプラン</h1>
        <Link href="/me/plans/new" className={buttonClasses({ variant: "primary", size: "lg" })}>
          新しいプランを作る
        </Link>
      </div>
      {deleted && (
        <StatusMessage tone="success">
          プランを削除しました。
        </StatusMessage>
      )}
      {plans.length === 0 ? (
        <div className="space-y-2 rounded-[var(--radius-card)] border border-line bg-surface p-5">
          <p className="font-semibold">まだキャリアプランはありません。</p>
          <p className="text-sm">
            <Link href="/paths" className="text-brand underline">
              キャリアパス
            </Link>
            から始めると、ステージごとのマイルストーンと期日の目安が最初から入ります。
            <Link href="/me/plans/new" className="text-brand underline">
              ゼロから作る
            </Link>
            こともできます。
          </p>
        </div>
      ) : (
        <>
          <PlanGroup id="active-plans" heading={`進行中のプラン（${active.length}）`} plans={active} empty="進行中のプランはありません。" />
          {archived.length > 0 && <PlanGroup id="archived-plans" heading={`アーカイブ（${archived.length}）`} plans={archived} />}
        </>
      )}
    </div>
  );
}
