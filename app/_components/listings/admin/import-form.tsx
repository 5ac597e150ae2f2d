"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { importListingsAction } from "@/lib/listings/admin/actions";
import type { ImportReport } from "@/lib/listings/importer";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { SubmitButton } from "@/app/_components/ui/submit-button";

export function ImportForm() {
  const [state, action] = useActionState<ActionState<ImportReport>, FormData>(importListingsAction, {});
  const report = state.data;
  return (
    <div className="space-y-6">
      <form action={action} className="max-w-xl space-y-4">
        <FormAlert message={state.fieldErrors?.file ?? (report ? undefined : state.error)} />
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-semibold">
            ファイル（CSVまたはJSON、5MBまで）
          </label>
          <input id="import-file" name="file" type="file" accept=".csv,.json,text/csv,application/json" required className="block w-full text-sm" />
        </div>
        <div className="space-y-1">
          <label htmlFor="import-source" className="block text-sm font-semibold">
            取り込み元の名前（任意）
          </label>
          <input id="import-source" name="source" maxLength={60} defaultValue={state.values?.source} className="block w-full rounded-md border border-line bg-page px-3 py-2" placeholder="例: 提携エージェントA" />
        </div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="allowPartial" value="1" className="mt-1" />
          問題のある行があっても、問題のない行だけを取り込む（オフのときは、1行でも問題があればファイル全体を取り込みません）
        </label>
        <div className="sm:max-w-xs">
          <SubmitButton pendingLabel="取り込んでいます…">取り込む</SubmitButton>
        </div>
      </form>

      {report && (
        <section aria-labelledby="import-report" className="space-y-3 rounded-[var(--radius-card)] border border-line bg-surface p-5">
          <h2 id="import-report" className="text-lg font-bold">
            取り込み結果
          </h2>
          {report.fileError ? (
            <p className="text-danger">{report.fileError}</p>
          ) : (
            <>
              <p role="status">
                {report.totalRows}行を読み込みました。
                {report.counts
                  ? `新規 ${report.counts.inserted}件、更新 ${report.counts.updated}件、変更なし ${report.counts.unchanged}件。`
                  : "問題のある行があるため、1行も取り込んでいません。修正して再度取り込むか、「問題のない行だけを取り込む」を選んでください。"}
              </p>
              {report.rejected.length > 0 && (
                <div className="overflow-x-auto">
                  <table className="w-full text-left text-sm">
                    <caption className="mb-2 text-left font-semibold">取り込めなかった行（{report.rejected.length}件）</caption>
                    <thead>
                      <tr className="border-b border-line">
                        <th className="p-2">行</th>
                        <th className="p-2">external_id</th>
                        <th className="p-2">項目</th>
                        <th className="p-2">理由</th>
                      </tr>
                    </thead>
                    <tbody>
                      {report.rejected.map((row) => (
                        <tr key={row.row} className="border-b border-line">
                          <td className="p-2">{row.row}</td>
                          <td className="p-2">{row.externalId ?? "—"}</td>
                          <td className="p-2">{row.field}</td>
                          <td className="p-2">{row.reason}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
