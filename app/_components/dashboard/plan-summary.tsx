import Link from "next/link";
import { PlanProgressBar } from "@/app/_components/plans/plan-progress";
import { formatJapaneseDate, japanToday } from "@/lib/calendar/japan-date";
import { isOverdue, planProgress, upcomingMilestones } from "@/lib/plans/progress";
import { getFeaturedPlan } from "@/lib/plans/plans/queries";

/** マイページ card: the primary plan's progress and the next three milestones, or a way to the first plan. */
export async function PlanSummary({ userId }: { userId: string }) {
  const plan = await getFeaturedPlan(userId);
  const today = japanToday();
  const next = plan ? upcomingMilestones(plan.milestones, 3) : [];
  return (
    <section aria-labelledby="plan-summary" className="space-y-3 rounded-[var(--radius-card)] border border-line bg-surface p-5">
      <h2 id="plan-summary" className="font-bold">
        キャリアプラン
      </h2>
      {plan ? (
        <>
          <p>
            <Link href={`/me/plans/${plan.id}`} className="font-semibold text-brand underline">
              {plan.title}
            </Link>
            <span className="text-sm text-ink-muted">
              {" "}
              ・ 目標: {plan.goalRole}
              {plan.targetDate && `（${formatJapaneseDate(plan.targetDate)}）`}
            </span>
          </p>
          <PlanProgressBar progress={planProgress(plan.milestones)} />
          <h3 className="text-sm font-semibold">次のマイルストーン</h3>
          {next.length === 0 ? (
            <p className="text-sm text-ink-muted">残っているマイルストーンはありません。</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {next.map((milestone) => (
                <li key={milestone.id} className={isOverdue(milestone, today) ? "font-semibold text-danger" : ""}>
                  {milestone.title}
                  <span className="text-ink-muted"> ・ {milestone.dueDate ? `${formatJapaneseDate(milestone.dueDate)}まで` : "期日なし"}</span>
                  {isOverdue(milestone, today) && " ・期限切れ"}
                </li>
              ))}
            </ul>
          )}
          <p className="text-sm">
            <Link href="/me/plans" className="text-brand underline">
              すべてのプランを見る
            </Link>
          </p>
        </>
      ) : (
        <p className="text-sm">
          まだキャリアプランがありません。
          <Link href="/me/plans/new" className="text-brand underline">
            最初のプランを作る
          </Link>
          と、目標日から逆算したマイルストーンで進み具合を確かめられます。
        </p>
      )}
    </section>
  );
}
