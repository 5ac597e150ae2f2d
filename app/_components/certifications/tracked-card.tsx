import Link from "next/link";
import { formatJapaneseDate, type IsoDate } from "@/lib/calendar/japan-date";
import type { Certification } from "@/lib/certifications/catalogue";
import { countdownLabel } from "@/lib/certifications/countdown";
import { toHours } from "@/lib/certifications/tracking/study-stats";
import type { TrackedWithMinutes } from "@/lib/certifications/tracking/queries";
import { effectiveStatus, renewalDeadline } from "@/lib/certifications/tracking/status";
import { trackingStatuses } from "@/lib/certifications/tracking/vocabulary";

/** One tracked certification at a glance: status, days to the exam, hours against the plan, renewal deadline. */
export function TrackedCard({ tracked, certification, today }: { tracked: TrackedWithMinutes; certification: Certification | null; today: IsoDate }) {
  const name = certification?.shortName ?? tracked.certificationSlug;
  const status = effectiveStatus(tracked, today);
  const deadline = renewalDeadline(tracked);
  const hours = toHours(tracked.studyMinutes);
  return (
    <article className="h-full space-y-2 rounded-[var(--radius-card)] border border-line p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-bold">
          <Link href={`/me/certifications/${tracked.certificationSlug}`} className="text-brand underline">
            {name}
          </Link>
        </h2>
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${status === "renewal_due" ? "bg-danger-soft text-danger" : "bg-brand-soft"}`}>{trackingStatuses[status]}</span>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {tracked.examDate && (
          <>
            <dt className="text-ink-muted">受験日</dt>
            <dd>
              {formatJapaneseDate(tracked.examDate)}（{countdownLabel(tracked.examDate)}）
            </dd>
          </>
        )}
        <dt className="text-ink-muted">学習時間</dt>
        <dd>
          {hours}時間{certification && ` / 目安${certification.studyHours}時間`}
        </dd>
        {deadline && (
          <>
            <dt className="text-ink-muted">更新期限</dt>
            <dd>
              {formatJapaneseDate(deadline)}（{countdownLabel(deadline)}）
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
