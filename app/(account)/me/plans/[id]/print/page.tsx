import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanReadOnly } from "@/app/_components/plans/plan-read-only";
import { PrintButton } from "@/app/_components/plans/print-button";
import { requireUser } from "@/lib/auth/require-user";
import { japanToday } from "@/lib/calendar/japan-date";
import { getPlan } from "@/lib/plans/plans/queries";

export const metadata: Metadata = { title: "キャリアプラン（印刷用）", robots: { index: false } };

// On paper only the plan is printed: no site header, footer or buttons, black on white.
const printCss = `@media print {
  body > header, body > footer, body > a[href="#main"] { display: none !important; }
  :root { color-scheme: light; }
  body { background: #fff !important; color: #000 !important; }
  main { max-width: none !important; padding: 0 !important; }
  a { color: inherit !important; text-decoration: none !important; }
  @page { margin: 15mm; }
}`;

export default async function PrintPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const plan = await getPlan(user.id, (await params).id);
  if (!plan) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <style>{printCss}</style>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton />
        <Link href={`/me/plans/${plan.id}`} className="text-brand underline">
          プランの編集に戻る
        </Link>
      </div>
      <PlanReadOnly plan={plan} milestones={plan.milestones} today={japanToday()} />
    </div>
  );
}
