import type { SkillSheet } from "@/lib/career/documents/skill-sheet";
import { careerPhaseColumns, careerPhases, type CareerPhase } from "@/lib/career/vocabulary";

const phases = Object.keys(careerPhases) as CareerPhase[];
const cellClass = "border border-line px-2 py-1 align-top";

const Lines = ({ lines }: { lines: string[] }) => (
  <>
    {lines.map((line, index) => (
      <span key={index} className="block">
        {line}
      </span>
    ))}
  </>
);

/** The スキルシート on screen and on paper (A4 landscape), from the same model as the Excel file. */
export function SkillSheetView({ sheet }: { sheet: SkillSheet }) {
  return (
    <article aria-labelledby="skill-sheet-title" className="space-y-4">
      <h1 id="skill-sheet-title" className="text-xl font-bold">
        {sheet.title}
      </h1>
      <dl className="grid gap-x-4 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="font-semibold">作成日</dt>
        <dd>{sheet.asOf}</dd>
        {sheet.name && (
          <>
            <dt className="font-semibold">氏名</dt>
            <dd>{sheet.name}</dd>
          </>
        )}
        {sheet.summary.map((item) => (
          <div key={item.label} className="contents">
            <dt className="font-semibold">{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
      {sheet.rows.length > 0 && (
        <table className="w-full min-w-[48rem] border-collapse text-xs">
          <caption className="sr-only">案件ごとの経歴</caption>
          <thead>
            <tr className="bg-surface">
              <th scope="col" className={cellClass}>No.</th>
              <th scope="col" className={`${cellClass} w-28`}>期間</th>
              <th scope="col" className={cellClass}>業務内容</th>
              <th scope="col" className={`${cellClass} w-28`}>役割</th>
              <th scope="col" className={`${cellClass} w-24`}>規模</th>
              <th scope="col" className={`${cellClass} w-32`}>環境</th>
              {phases.map((phase) => (
                <th key={phase} scope="col" className={`${cellClass} w-8`}>
                  <abbr title={careerPhases[phase]} className="no-underline">
                    {careerPhaseColumns[phase]}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row) => (
              <tr key={row.no}>
                <td className={`${cellClass} text-center`}>{row.no}</td>
                <td className={cellClass}>
                  <Lines lines={[row.period ?? "", row.duration ? `（${row.duration}）` : ""].filter(Boolean)} />
                </td>
                <td className={cellClass}>
                  <span className="block font-bold">{row.title}</span>
                  <Lines lines={row.work} />
                </td>
                <td className={cellClass}>
                  <Lines lines={row.role} />
                </td>
                <td className={cellClass}>
                  <Lines lines={row.scale} />
                </td>
                <td className={cellClass}>
                  <Lines lines={row.environment} />
                </td>
                {phases.map((phase) => (
                  <td key={phase} className={`${cellClass} text-center`}>
                    {row.phases[phase] ? <span aria-label={`${careerPhases[phase]}を担当`}>●</span> : ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
