import type { Resume, ResumeProject, ResumeSection } from "@/lib/career/documents/resume";

const cellClass = "border border-line px-2 py-1 align-top";

function ProjectTable({ project }: { project: ResumeProject }) {
  const period = [project.period, project.duration && `（${project.duration}）`].filter(Boolean).join("");
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{project.title}</caption>
      <thead>
        <tr>
          <th colSpan={2} scope="colgroup" className={`${cellClass} bg-surface text-left`}>
            <span className="font-bold">{project.title}</span>
            {period && <span className="ml-2 font-normal">{period}</span>}
          </th>
        </tr>
      </thead>
      <tbody>
        {project.facts.map((fact) => (
          <tr key={fact.label}>
            <th scope="row" className={`${cellClass} w-28 text-left font-semibold`}>
              {fact.label}
            </th>
            <td className={cellClass}>{fact.value}</td>
          </tr>
        ))}
        {project.responsibilities.length > 0 && (
          <tr>
            <th scope="row" className={`${cellClass} text-left font-semibold`}>
              担当業務
            </th>
            <td className={cellClass}>
              <ul className="list-disc pl-5">
                {project.responsibilities.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            </td>
          </tr>
        )}
        {project.achievements.length > 0 && (
          <tr>
            <th scope="row" className={`${cellClass} text-left font-semibold`}>
              実績
            </th>
            <td className={cellClass}>
              <ul className="list-disc space-y-1 pl-5">
                {project.achievements.map((parts, index) => (
                  <li key={index}>
                    {parts.map((part) => (
                      <span key={part.label} className="block">
                        {part.label}: {part.value}
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function Section({ section }: { section: ResumeSection }) {
  return (
    <section aria-labelledby={`resume-${section.kind}`} className="space-y-2">
      <h2 id={`resume-${section.kind}`} className="border-b-2 border-ink pb-0.5 text-lg font-bold">
        ■{section.heading}
      </h2>
      {(section.kind === "summary" || section.kind === "selfPr") &&
        section.paragraphs.map((paragraph, index) => (
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      {section.kind === "history" &&
        section.companies.map((company, index) => (
          <div key={index} className="space-y-3">
            {company.name && (
              <h3 className="font-bold">
                {company.name}
                {(company.period || company.employment) && <span className="font-normal">（{[company.period, company.employment].filter(Boolean).join("・")}）</span>}
              </h3>
            )}
            {company.projects.map((project, projectIndex) => (
              <ProjectTable key={projectIndex} project={project} />
            ))}
          </div>
        ))}
      {section.kind === "strengths" && (
        <ul className="list-disc pl-5">
          {section.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
          {section.keywords.length > 0 && <li>主なスキル・手法・ツール: {section.keywords.join("、")}</li>}
        </ul>
      )}
      {section.kind === "qualifications" && (
        <ul>
          {section.items.map((item, index) => (
            <li key={index}>
              {item.date && <span className="mr-3">{item.date}</span>}
              {item.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The 職務経歴書 on screen and on paper, from the same model as the Word and Markdown files. */
export function ResumeView({ resume }: { resume: Resume }) {
  return (
    <article aria-labelledby="resume-title" className="space-y-5">
      <h1 id="resume-title" className="text-center text-2xl font-bold tracking-widest">
        {resume.title}
      </h1>
      <div className="text-right text-sm">
        <p>{resume.asOf}</p>
        {resume.name && <p>氏名　{resume.name}</p>}
      </div>
      {resume.sections.map((section) => (
        <Section key={section.kind} section={section} />
      ))}
      {resume.sections.length === 0 && <p className="print:hidden">載せる内容がまだありません。案件を選ぶか、職務要約・自己PRを入力してください。</p>}
    </article>
  );
}
