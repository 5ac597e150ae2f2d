import type { StudySession } from "@/db/schema";
import { formatJapaneseDate, type IsoDate } from "@/lib/calendar/japan-date";
import { hoursPerWeek, toHours, totalMinutes } from "@/lib/certifications/tracking/study-stats";
import { addStudySessionAction, deleteStudySessionAction, updateStudySessionAction } from "@/lib/certifications/tracking/actions";
import { ActionButton } from "../ui/action-button";
import { ActionForm, type FieldSpec } from "../ui/action-form";
import { ConfirmDelete } from "../ui/confirm-delete";
import { WeeklyHoursChart } from "./weekly-hours-chart";

const sessionFields = (values: { studiedOn: string; minutes: string; topic: string }): FieldSpec[] => [
  { name: "studiedOn", label: "学習した日", type: "date", defaultValue: values.studiedOn, required: true },
  { name: "minutes", label: "学習時間（分）", type: "number", defaultValue: values.minutes, min: "1", max: "1440", step: "1", required: true },
  { name: "topic", label: "内容（任意）", defaultValue: values.topic, hint: "例: 模擬試験1回目、リスク管理の章" },
];

/** Hours studied against the catalogue's figure, a weekly chart, and the log itself. */
export function StudyLogSection({ trackedId, sessions, studyHours, today }: { trackedId: string; sessions: StudySession[]; studyHours: number | null; today: IsoDate }) {
  const hours = toHours(totalMinutes(sessions));
  const percent = studyHours ? Math.min(100, Math.round((hours / studyHours) * 100)) : 0;
  return (
    <section aria-labelledby="study-log" className="space-y-4">
      <h2 id="study-log" className="text-xl font-bold">
        学習記録
      </h2>
      <p>
        合計 <strong className="text-lg">{hours}時間</strong>
        {studyHours !== null && `（目安${studyHours}時間の${percent}%）`}
      </p>
      {studyHours !== null && (
        <div className="h-3 w-full overflow-hidden rounded-full bg-surface ring-1 ring-line" role="progressbar" aria-label="目安の学習時間に対する進み具合" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <div className="h-full bg-brand" style={{ width: `${percent}%` }} />
        </div>
      )}
      <WeeklyHoursChart weeks={hoursPerWeek(sessions, today)} idPrefix="weekly-hours" />
      <div className="rounded-[var(--radius-card)] border border-line p-4">
        <h3 className="mb-3 font-bold">学習を記録する</h3>
        <ActionForm action={addStudySessionAction} idPrefix="study-new" layout="grid" submitLabel="学習を記録" hidden={{ trackedId }} fields={sessionFields({ studiedOn: today, minutes: "", topic: "" })} />
      </div>
      {sessions.length === 0 ? (
        <p className="text-ink-muted">まだ学習記録はありません。学習した日と時間を記録すると、週ごとのグラフに表示されます。</p>
      ) : (
        <ul className="divide-y divide-line rounded-[var(--radius-card)] border border-line" aria-label="学習記録の一覧">
          {sessions.map((session) => (
            <li key={session.id} className="space-y-2 p-3">
              <p>
                <span className="font-semibold">{formatJapaneseDate(session.studiedOn)}</span> {session.minutes}分{session.topic && `：${session.topic}`}
              </p>
              <div className="flex flex-wrap items-start gap-2">
                <details className="grow">
                  <summary className="cursor-pointer text-sm text-brand">
                    編集<span className="sr-only">（{formatJapaneseDate(session.studiedOn)}の記録）</span>
                  </summary>
                  <div className="mt-2">
                    <ActionForm
                      action={updateStudySessionAction}
                      idPrefix={`study-${session.id}`}
                      layout="grid"
                      submitLabel="変更を保存"
                      hidden={{ sessionId: session.id }}
                      fields={sessionFields({ studiedOn: session.studiedOn, minutes: String(session.minutes), topic: session.topic })}
                    />
                  </div>
                </details>
                <ConfirmDelete opener="削除" question={`${formatJapaneseDate(session.studiedOn)}の${session.minutes}分の記録を削除しますか？`}>
                  <ActionButton action={deleteStudySessionAction} fields={{ sessionId: session.id }} variant="danger-solid" size="sm">
                    削除する
                  </ActionButton>
                </ConfirmDelete>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
