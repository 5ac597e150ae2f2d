import type { RonbunSheet } from "@/lib/career/documents/ronbun";

/** The 論述 題材 sheet of one project, on screen and on A4 paper. */
export function RonbunSheetView({ sheet }: { sheet: RonbunSheet }) {
  return (
    <article aria-labelledby="ronbun-title" className="space-y-5">
      <div>
        <p className="text-sm">論述の題材シート（IPA プロジェクトマネージャ試験の練習用）</p>
        <h1 id="ronbun-title" className="text-xl font-bold">
          {sheet.title}
        </h1>
        <p className="text-right text-sm">{sheet.asOf}</p>
      </div>
      {sheet.sections.map((section) => (
        <section key={section.kind} aria-labelledby={`ronbun-${section.kind}`} className="space-y-2">
          <h2 id={`ronbun-${section.kind}`} className="border-b-2 border-ink pb-0.5 text-lg font-bold">
            ■{section.heading}
          </h2>
          {section.kind === "overview" && (
            <dl className="grid gap-x-4 text-sm sm:grid-cols-[8rem_1fr]">
              {section.facts.map((fact) => (
                <div key={fact.label} className="contents">
                  <dt className="font-semibold">{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          )}
          {section.kind === "issues" && (
            <ol className="list-decimal space-y-2 pl-5">
              {section.items.map((item, index) => (
                <li key={index}>
                  {item.issue && <span className="block">課題: {item.issue}</span>}
                  {item.action && <span className="block">取り組み・工夫: {item.action}</span>}
                </li>
              ))}
            </ol>
          )}
          {(section.kind === "results" || section.kind === "duties") && (
            <ul className="list-disc space-y-1 pl-5">
              {section.items.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p className="text-sm text-ink-muted print:hidden">空欄の項目は、案件の「担当業務・実績」に書き足すとここに載ります。</p>
    </article>
  );
}
