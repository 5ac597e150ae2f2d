import type { Resume, ResumeProject, ResumeSection } from "./resume";

// Text the user typed must not turn into Markdown syntax it did not mean (a line starting "#", a "*").
const escape = (text: string) => text.replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/^(\s*)([#+-]|\d+\.)(\s)/gm, "$1\\$2$3");

function projectMarkdown(project: ResumeProject, level: "###" | "####"): string[] {
  const period = [project.period, project.duration && `（${project.duration}）`].filter(Boolean).join("");
  const lines = [`${level} ${escape(project.title)}`, ""];
  if (period) lines.push(`期間: ${period}`, "");
  if (project.facts.length) lines.push(...project.facts.map((fact) => `- ${fact.label}: ${escape(fact.value)}`), "");
  if (project.responsibilities.length) lines.push("**担当業務**", "", ...project.responsibilities.map((line) => `- ${escape(line)}`), "");
  if (project.achievements.length) {
    lines.push("**実績**", "");
    for (const parts of project.achievements) {
      const [first, ...rest] = parts;
      lines.push(`- ${first!.label}: ${escape(first!.value)}`, ...rest.map((part) => `  - ${part.label}: ${escape(part.value)}`));
    }
    lines.push("");
  }
  return lines;
}

function sectionMarkdown(section: ResumeSection): string[] {
  const lines = [`## ${section.heading}`, ""];
  switch (section.kind) {
    case "summary":
    case "selfPr":
      for (const paragraph of section.paragraphs) lines.push(escape(paragraph).replace(/\r?\n/g, "  \n"), "");
      break;
    case "history":
      for (const company of section.companies) {
        if (company.name) {
          const about = [company.period, company.employment].filter(Boolean).join("・");
          lines.push(`### ${escape(company.name)}${about ? `（${about}）` : ""}`, "");
        }
        for (const project of company.projects) lines.push(...projectMarkdown(project, company.name ? "####" : "###"));
      }
      break;
    case "strengths":
      lines.push(...section.items.map((item) => `- ${escape(item)}`));
      if (section.keywords.length) lines.push(`- 主なスキル・手法・ツール: ${escape(section.keywords.join("、"))}`);
      lines.push("");
      break;
    case "qualifications":
      lines.push(...section.items.map((item) => `- ${item.date ? `${item.date} ` : ""}${escape(item.name)}`), "");
      break;
  }
  return lines;
}

/** The 職務経歴書 as Markdown, for pasting into an agent's form or editing further. */
export function resumeToMarkdown(resume: Resume): string {
  const lines = [`# ${resume.title}`, "", resume.asOf + (resume.name ? `  \n氏名: ${escape(resume.name)}` : ""), ""];
  for (const section of resume.sections) lines.push(...sectionMarkdown(section));
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
