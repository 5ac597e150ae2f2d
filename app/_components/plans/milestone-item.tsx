import Link from "next/link";
import { formatJapaneseDate, type IsoDate } from "@/lib/calendar/japan-date";
import { certificationNames, type CertificationSlug } from "@/lib/certifications/slugs";
import { deleteMilestoneAction, moveMilestoneAction } from "@/lib/plans/milestones/actions";
import { isOverdue } from "@/lib/plans/progress";
import type { MilestoneWithLinks } from "@/lib/plans/plans/queries";
import { milestoneKinds, milestoneStatuses } from "@/lib/plans/vocabulary";
import { ConfirmDelete } from "../ui/confirm-delete";
import { MilestoneForm } from "./milestone-form";
import { MilestoneStatusForm } from "./milestone-status-form";
import { PlanActionButton } from "./plan-action-button";

interface MilestoneItemProps {
  milestone: MilestoneWithLinks;
  planId: string;
  version: number;
  isFirst: boolean;
  isLast: boolean;
  today: IsoDate;
  bookmarks: { id: string; title: string }[];
}

export function MilestoneItem({ milestone, planId, version, isFirst, isLast, today, bookmarks }: MilestoneItemProps) {
  const overdue = isOverdue(milestone, today);
  const done = milestone.status === "done";
  const certification = milestone.certificationSlug ? certificationNames[milestone.certificationSlug as CertificationSlug] : undefined;
  const move = { milestoneId: milestone.id };
  return (
    <article aria-label={milestone.title} className={`space-y-2 rounded-[var(--radius-card)] border p-3 ${overdue ? "border-danger" : "border-line"} bg-page`}>
      <div className="flex flex-wrap items-start gap-2">
        <span className="rounded bg-surface px-1.5 py-0.5 text-xs ring-1 ring-line">{milestoneKinds[milestone.kind]}</span>
        <h3 className={`flex-1 font-semibold ${done ? "text-ink-muted line-through" : ""}`}>{milestone.title}</h3>
        <span className={`text-xs font-semibold ${done ? "text-success" : "text-ink-muted"}`}>{milestoneStatuses[milestone.status]}</span>
      </div>
      <p className="text-sm">
        {milestone.dueDate ? `期日: ${formatJapaneseDate(milestone.dueDate)}` : "期日なし"}
        {overdue && <strong className="ml-2 text-danger">期限切れ</strong>}
        {milestone.doneOn && <span className="ml-2 text-success">（{formatJapaneseDate(milestone.doneOn)}に完了）</span>}
      </p>
      {(certification || milestone.listing) && (
        <ul className="space-y-0.5 text-sm">
          {certification && (
            <li>
              資格:{" "}
              <Link href={`/certifications/${milestone.certificationSlug}`} className="text-brand underline">
                {certification}
              </Link>
              {" ・ "}
              <Link href="/me/certifications" className="text-brand underline">
                学習記録を見る
              </Link>
            </li>
          )}
          {milestone.listing && (
            <li>
              求人:{" "}
              <Link href={`/listings/${milestone.listing.id}`} className="text-brand underline">
                {milestone.listing.title}
              </Link>
            </li>
          )}
        </ul>
      )}
      {milestone.note && <p className="whitespace-pre-wrap rounded bg-surface px-2 py-1 text-sm">メモ: {milestone.note}</p>}
      <div className="flex flex-wrap items-center gap-2">
        <MilestoneStatusForm planId={planId} version={version} milestoneId={milestone.id} status={milestone.status} title={milestone.title} />
        <PlanActionButton action={moveMilestoneAction} planId={planId} version={version} fields={{ ...move, direction: "up" }} label={`「${milestone.title}」を上へ`} disabled={isFirst}>
          上へ
        </PlanActionButton>
        <PlanActionButton action={moveMilestoneAction} planId={planId} version={version} fields={{ ...move, direction: "down" }} label={`「${milestone.title}」を下へ`} disabled={isLast}>
          下へ
        </PlanActionButton>
        <ConfirmDelete label={`「${milestone.title}」を削除`} question={`「${milestone.title}」を削除します。元に戻せません。`}>
          <PlanActionButton action={deleteMilestoneAction} planId={planId} version={version} fields={move} variant="danger">
            削除する
          </PlanActionButton>
        </ConfirmDelete>
      </div>
      <details>
        <summary className="cursor-pointer text-sm text-brand underline">編集する</summary>
        <div className="mt-2">
          <MilestoneForm planId={planId} version={version} bookmarks={bookmarks} milestone={milestone} />
        </div>
      </details>
    </article>
  );
}
