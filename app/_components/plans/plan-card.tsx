import Link from "next/link";
import { formatJapaneseDate } from "@/lib/calendar/japan-date";
import { progressOf } from "@/lib/plans/progress";
import type { PlanSummaryRow } from "@/lib/plans/plans/queries";
import { PlanProgressBar } from "./plan-progress";
import { cardClass } from "../ui/card";

function PlanCard({ plan }: { plan: PlanSummaryRow }) {
  return (
    <article className={`space-y-3 ${cardClass}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-lg font-bold">
          <Link href={`/me/plans/${plan.id}`} className="text-brand underline">
            {plan.title}
          </Link>
        </h3>
        {plan.isPrimary && <span className="rounded bg-brand px-2 py-0.5 text-xs font-semibold text-brand-ink">メイン</span>}
        {plan.archivedAt && <span className="rounded bg-page px-2 py-0.5 text-xs ring-1 ring-line">アーカイブ済み</span>}
        {plan.shareToken && <span className="rounded bg-page px-2 py-0.5 text-xs ring-1 ring-line">共有中</span>}
      </div>
      <p className="text-sm">
        目標: {plan.goalRole}
        {plan.targetDate && ` ・ 目標日: ${formatJapaneseDate(plan.targetDate)}`}
      </p>
      <PlanProgressBar progress={progressOf(plan.done, plan.total)} label={`「${plan.title}」の達成率`} />
    </article>
  );
}

export function PlanGroup({ id, heading, plans, empty }: { id: string; heading: string; plans: PlanSummaryRow[]; empty?: string }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-bold">
        {heading}
      </h2>
      {plans.length === 0 && empty && <p className="text-sm text-ink-muted">{empty}</p>}
      <ul className="grid gap-4 md:grid-cols-2">
        {plans.map((plan) => (
          <li key={plan.id}>
            <PlanCard plan={plan} />
          </li>
        ))}
      </ul>
    </section>
  );
}
