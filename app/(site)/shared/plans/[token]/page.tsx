import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanReadOnly } from "@/app/_components/plans/plan-read-only";
import { japanToday } from "@/lib/calendar/japan-date";
import { getSharedPlan } from "@/lib/plans/sharing/queries";

// Never indexed, and the token never leaks to other sites through the Referer header.
export const metadata: Metadata = { title: "共有されたキャリアプラン", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function SharedPlanPage({ params }: { params: Promise<{ token: string }> }) {
  const plan = await getSharedPlan((await params).token);
  if (!plan) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="rounded-md bg-brand-soft px-3 py-2 text-sm">閲覧専用で共有されたキャリアプランです。</p>
      <PlanReadOnly plan={plan} milestones={plan.milestones} today={japanToday()} />
      <p className="text-sm">
        <Link href="/paths" className="text-brand underline">
          PMOキャリアガイドでキャリアパスを見る
        </Link>
      </p>
    </div>
  );
}
