import Link from "next/link";
import type { Plan, PlanMilestone } from "@/db/schema";
import { formatJapaneseDate, type IsoDate } from "@/lib/calendar/japan-date";
import { certificationNames, type CertificationSlug } from "@/lib/certifications/slugs";
import { isOverdue, planProgress } from "@/lib/plans/progress";
import { milestoneKinds, milestoneStatuses } from "@/lib/plans/vocabulary";
import { PlanProgressBar } from "./plan-progress";
import { PlanTimeline } from "./plan-timeline";

type ReadOnlyMilestone = Pick<PlanMilestone, "id" | "title" | "kind" | "status" | "dueDate" | "doneOn" | "position" | "certificationSlug"> & { note?: string };

/** A plan without any controls: the printable page and the shared link. Notes appear only when given. */
export function PlanReadOnly({ plan, milestones, today }: { plan: Pick<Plan, "title" | "goalRole" | "targetDate">; milestones: ReadOnlyMilestone[]; today: IsoDate }) {
  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{plan.title}</h1>
        <p>
          目標: <strong>{plan.goalRole}</strong>
          {plan.targetDate && <> ・ 目標日: {formatJapaneseDate(plan.targetDate)}</>}
        </p>
        <p className="text-sm text-ink-muted">{formatJapaneseDate(today)}時点</p>
      </header>
      <PlanProgressBar progress={planProgress(milestones)} />
      <section aria-labelledby="read-only-milestones" className="space-y-2">
        <h2 id="read-only-milestones" className="text-lg font-bold">
          マイルストーン
        </h2>
        {milestones.length === 0 ? (
          <p className="text-sm text-ink-muted">マイルストーンはまだありません。</p>
        ) : (
          <ol className="divide-y divide-line border-y border-line">
            {milestones.map((milestone) => {
              const certification = milestone.certificationSlug ? certificationNames[milestone.certificationSlug as CertificationSlug] : undefined;
              return (
                <li key={milestone.id} className="break-inside-avoid py-2">
                  <p className="font-semibold">
                    {milestone.status === "done" ? "☑" : "☐"} {milestone.title}
                  </p>
                  <p className="text-sm">
                    {milestoneKinds[milestone.kind]} ・ {milestoneStatuses[milestone.status]}
                    {milestone.dueDate && ` ・ 期日 ${formatJapaneseDate(milestone.dueDate)}`}
                    {milestone.doneOn && ` ・ ${formatJapaneseDate(milestone.doneOn)}に完了`}
                    {isOverdue(milestone, today) && <strong className="text-danger"> ・ 期限切れ</strong>}
                  </p>
                  {certification && (
                    <p className="text-sm">
                      資格:{" "}
                      <Link href={`/certifications/${milestone.certificationSlug}`} className="text-brand underline">
                        {certification}
                      </Link>
                    </p>
                  )}
                  {milestone.note && <p className="whitespace-pre-wrap text-sm text-ink-muted">メモ: {milestone.note}</p>}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section aria-labelledby="read-only-timeline" className="space-y-2 break-inside-avoid">
        <h2 id="read-only-timeline" className="text-lg font-bold">
          月ごとの予定
        </h2>
        <PlanTimeline milestones={milestones} targetDate={plan.targetDate} today={today} />
      </section>
    </article>
  );
}
