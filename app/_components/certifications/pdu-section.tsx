import type { PduEntry } from "@/db/schema";
import { formatJapaneseDate, type IsoDate } from "@/lib/calendar/japan-date";
import { countdownLabel } from "@/lib/certifications/countdown";
import { evaluateRenewal, formatUnits } from "@/lib/certifications/renewal-rules/engine";
import type { RenewalRule } from "@/lib/certifications/renewal-rules/types";
import { addPduEntryAction, deletePduEntryAction } from "@/lib/certifications/tracking/actions";
import { ActionButton } from "../ui/action-button";
import { ActionForm } from "../ui/action-form";
import { ConfirmDelete } from "../ui/confirm-delete";
import { PduChart } from "./pdu-chart";
import { SourceNote } from "./source-note";

/** The renewal cycle that starts at the pass date: what is logged, what still counts, what is missing and by when. */
export function PduSection({ rule, trackedId, passedOn, entries, today }: { rule: RenewalRule; trackedId: string; passedOn: IsoDate; entries: PduEntry[]; today: IsoDate }) {
  const progress = evaluateRenewal(rule, passedOn, entries);
  return (
    <section aria-labelledby="renewal" className="space-y-4">
      <h2 id="renewal" className="text-xl font-bold">
        更新（{rule.unit}）
      </h2>
      <p className="text-sm">
        対象期間: {formatJapaneseDate(progress.cycleStart)}〜{formatJapaneseDate(progress.cycleEnd)}（期限まで{countdownLabel(progress.cycleEnd)}）
      </p>
      <p role="status" className={`rounded-md border px-3 py-2 font-semibold ${progress.complete ? "border-success text-success" : "border-danger bg-danger-soft text-danger"}`}>
        {progress.message}
      </p>
      <PduChart progress={progress} unit={rule.unit} />
      {progress.outsideCycle > 0 && <p className="text-sm text-ink-muted">対象期間外の記録が{progress.outsideCycle}件あります（集計に含めていません）。</p>}
      <div className="rounded-[var(--radius-card)] border border-line p-4">
        <h3 className="mb-3 font-bold">{rule.unit}を記録する</h3>
        <ActionForm
          action={addPduEntryAction}
          idPrefix="pdu-new"
          layout="grid"
          submitLabel={`${rule.unit}を記録`}
          hidden={{ trackedId }}
          fields={[
            { name: "earnedOn", label: "取得日", type: "date", defaultValue: today, required: true },
            { name: "category", label: "分野", type: "select", options: Object.entries(rule.categories) },
            { name: "units", label: `${rule.unit}数`, type: "number", step: String(rule.unitStep), min: String(rule.unitStep), hint: `${rule.unitStep}単位で入力できます`, required: true },
            { name: "activity", label: "内容（任意）", hint: "例: PMI支部のセミナー、書籍の読了" },
          ]}
        />
      </div>
      {entries.length > 0 && (
        <ul className="divide-y divide-line rounded-[var(--radius-card)] border border-line" aria-label={`${rule.unit}の記録の一覧`}>
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
              <span>
                {formatJapaneseDate(entry.earnedOn)} {rule.categories[entry.category] ?? entry.category} {formatUnits(entry.units)} {rule.unit}
                {entry.activity && `：${entry.activity}`}
                {(entry.earnedOn < progress.cycleStart || entry.earnedOn > progress.cycleEnd) && "（対象期間外）"}
              </span>
              <ConfirmDelete opener="削除" question={`${formatJapaneseDate(entry.earnedOn)}の${formatUnits(entry.units)} ${rule.unit}を削除しますか？`}>
                <ActionButton action={deletePduEntryAction} fields={{ entryId: entry.id }} variant="danger-solid" size="sm">
                  削除する
                </ActionButton>
              </ConfirmDelete>
            </li>
          ))}
        </ul>
      )}
      <SourceNote source={rule.source} uncertainties={rule.uncertainties} />
    </section>
  );
}
