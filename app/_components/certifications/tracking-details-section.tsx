import type { TrackedCertification } from "@/db/schema";
import { formatJapaneseDate, type IsoDate } from "@/lib/calendar/japan-date";
import { countdownLabel } from "@/lib/certifications/countdown";
import { saveTrackingDetailsAction } from "@/lib/certifications/tracking/actions";
import { effectiveStatus, renewalDeadline, renewalWarningDays } from "@/lib/certifications/tracking/status";
import { trackingStatuses } from "@/lib/certifications/tracking/vocabulary";
import { ActionForm } from "../ui/action-form";

/** Status, exam date with its countdown, result, credential id and expiry. */
export function TrackingDetailsSection({ tracked, today }: { tracked: TrackedCertification; today: IsoDate }) {
  const status = effectiveStatus(tracked, today);
  const deadline = renewalDeadline(tracked);
  return (
    <section aria-labelledby="details" className="space-y-3">
      <h2 id="details" className="text-xl font-bold">
        状況
      </h2>
      <div className="flex flex-wrap gap-3">
        <p className="rounded-[var(--radius-card)] border border-line px-4 py-2">
          <span className="block text-xs text-ink-muted">ステータス</span>
          <span className="text-lg font-bold">{trackingStatuses[status]}</span>
        </p>
        {tracked.examDate && (
          <p className="rounded-[var(--radius-card)] border border-line px-4 py-2">
            <span className="block text-xs text-ink-muted">受験日 {formatJapaneseDate(tracked.examDate)}</span>
            <span className="text-lg font-bold">{countdownLabel(tracked.examDate)}</span>
          </p>
        )}
        {deadline && (
          <p className="rounded-[var(--radius-card)] border border-line px-4 py-2">
            <span className="block text-xs text-ink-muted">更新期限 {formatJapaneseDate(deadline)}</span>
            <span className="text-lg font-bold">{countdownLabel(deadline)}</span>
          </p>
        )}
      </div>
      <p className="text-sm text-ink-muted">
        {status === "renewal_due" && tracked.status === "passed"
          ? `更新期限まで${renewalWarningDays}日を切ったため「更新要」と表示しています。`
          : `「合格」の資格は、更新期限（入力した有効期限、PMPは未入力なら合格日から3年後の前日）の${renewalWarningDays}日前から自動で「更新要」と表示します。`}
      </p>
      <div className="rounded-[var(--radius-card)] border border-line p-4">
        <h3 className="mb-3 font-bold">ステータス・受験日・結果を更新する</h3>
        <div>
          <ActionForm
            action={saveTrackingDetailsAction}
            idPrefix="details"
            layout="grid"
            submitLabel="保存する"
            hidden={{ trackedId: tracked.id }}
            fields={[              { name: "status", label: "ステータス", type: "select", defaultValue: tracked.status, options: Object.entries(trackingStatuses) },
              { name: "examDate", label: "受験日", type: "date", defaultValue: tracked.examDate ?? "" },
              { name: "resultDate", label: "結果の日付（合格日）", type: "date", defaultValue: tracked.resultDate ?? "", hint: "PMPは合格日から3年間が更新のサイクルです" },
              { name: "credentialId", label: "認定番号（任意）", defaultValue: tracked.credentialId },
              { name: "expiresOn", label: "有効期限（任意）", type: "date", defaultValue: tracked.expiresOn ?? "", hint: "空欄なら、PMPは合格日から計算します" },
            ]}
          />
        </div>
      </div>
    </section>
  );
}
