import { formatJapaneseDate, type IsoDate } from "@/lib/calendar/japan-date";
import type { PlanMilestone } from "@/db/schema";
import { formatMonth, planTimeline } from "@/lib/plans/timeline";
import { milestoneStatuses } from "@/lib/plans/vocabulary";

type Milestone = Pick<PlanMilestone, "id" | "title" | "status" | "dueDate" | "position">;

/**
 * Months from now to the target, each with what is due: a list, so it reads the same to a screen
 * reader, on a phone and on paper; today, the target and overdue milestones are marked in words too.
 */
export function PlanTimeline({ milestones, targetDate, today }: { milestones: Milestone[]; targetDate: IsoDate | null; today: IsoDate }) {
  const rows = planTimeline(milestones, targetDate, today);
  return (
    <ol className="relative space-y-3 border-l-4 border-brand-soft pl-5 print:border-ink">
      {rows.map((row, index) =>
        row.type === "gap" ? (
          <li key={`gap-${index}`} className="text-xs text-ink-muted">
            （{row.months}か月 予定なし）
          </li>
        ) : (
          <li key={row.month} className="relative">
            <span aria-hidden="true" className={`absolute -left-[1.85rem] top-1 h-3 w-3 rounded-full ${row.isCurrent ? "bg-focus ring-2 ring-ink" : "bg-brand"}`} />
            <h3 className="text-sm font-bold">
              {formatMonth(row.month)}
              {row.isCurrent && <span className="ml-2 rounded bg-brand-soft px-1.5 py-0.5 text-xs font-semibold">今日 {formatJapaneseDate(today)}</span>}
              {row.isTarget && targetDate && <span className="ml-2 rounded bg-surface px-1.5 py-0.5 text-xs font-semibold ring-1 ring-line">目標日 {formatJapaneseDate(targetDate)}</span>}
            </h3>
            {row.milestones.length > 0 ? (
              <ul className="mt-1 space-y-1 text-sm">
                {row.milestones.map((milestone) => (
                  <li key={milestone.id} className={milestone.overdue ? "font-semibold text-danger" : milestone.status === "done" ? "text-ink-muted" : ""}>
                    <span className="tabular-nums">{formatJapaneseDate(milestone.dueDate!).replace(/^\d+年/, "")}</span> {milestone.title}（{milestoneStatuses[milestone.status]}）
                    {milestone.overdue && " ・期限切れ"}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-xs text-ink-muted">この月が期日のマイルストーンはありません。</p>
            )}
          </li>
        ),
      )}
    </ol>
  );
}
