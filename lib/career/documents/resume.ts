import type { CareerProject } from "@/db/schema";
import { formatPeriod, monthOfDate } from "../months";
import { careerEmploymentTypes } from "../vocabulary";
import { achievementParts, projectFacts, projectPeriod, type Fact } from "./project-facts";
import { asOfLabel, companyLabel, linesOf, paragraphsOf, passedLabel, unique, type CareerRecord } from "./record";

export interface ResumeProject {
  title: string;
  period: string | null;
  duration: string | null;
  facts: Fact[];
  responsibilities: string[];
  achievements: Fact[][];
}

export interface ResumeCompany {
  /** Null for projects whose company is not filled in: they are listed without a company heading. */
  name: string | null;
  period: string | null;
  employment: string | null;
  projects: ResumeProject[];
}

export type ResumeSection =
  | { kind: "summary"; heading: "職務要約"; paragraphs: string[] }
  | { kind: "history"; heading: "職務経歴"; companies: ResumeCompany[] }
  | { kind: "strengths"; heading: "活かせる経験・知識・技術"; items: string[]; keywords: string[] }
  | { kind: "qualifications"; heading: "資格"; items: { date: string | null; name: string }[] }
  | { kind: "selfPr"; heading: "自己PR"; paragraphs: string[] };

export interface Resume {
  title: "職務経歴書";
  asOf: string;
  name: string | null;
  sections: ResumeSection[];
}

function resumeProject(project: CareerProject, record: CareerRecord): ResumeProject {
  return {
    title: project.title,
    ...projectPeriod(project, monthOfDate(record.asOf)),
    facts: projectFacts(project, record.certificationNames),
    responsibilities: linesOf(project.responsibilities),
    achievements: project.achievements.map(achievementParts).filter((parts) => parts.length > 0),
  };
}

/** A company's span: its earliest start to its latest end, or 現在 while any project goes on. */
function companyPeriod(projects: CareerProject[]): string | null {
  const starts = projects.map((project) => project.startMonth).filter((month): month is string => Boolean(month)).sort();
  if (starts.length === 0) return null;
  const ongoing = projects.some((project) => project.ongoing);
  const ends = projects.map((project) => project.endMonth).filter((month): month is string => Boolean(month)).sort();
  return formatPeriod({ startMonth: starts[0]!, endMonth: ends.at(-1) ?? null, ongoing });
}

/** Consecutive projects at the same company form one block, as a 職務経歴書 lists them by company. */
function byCompany(projects: CareerProject[], record: CareerRecord): ResumeCompany[] {
  const groups: { name: string | null; projects: CareerProject[] }[] = [];
  for (const project of projects) {
    const name = companyLabel(project);
    const last = groups.at(-1);
    if (last && last.name === name) last.projects.push(project);
    else groups.push({ name, projects: [project] });
  }
  return groups.map((group) => {
    const employment = unique(group.projects.map((project) => (project.employmentType ? careerEmploymentTypes[project.employmentType] : "")));
    return {
      name: group.name,
      period: group.name ? companyPeriod(group.projects) : null,
      employment: employment.length ? employment.join("・") : null,
      projects: group.projects.map((project) => resumeProject(project, record)),
    };
  });
}

/**
 * The 職務経歴書 in the usual Japanese order (職務要約, 職務経歴, 活かせる経験・知識・技術, 資格, 自己PR),
 * from what the user entered only: a section with nothing in it is left out, never filled in.
 */
export function buildResume(record: CareerRecord): Resume {
  const { profile, projects } = record;
  const sections: ResumeSection[] = [];
  const summary = paragraphsOf(profile?.summary);
  if (summary.length) sections.push({ kind: "summary", heading: "職務要約", paragraphs: summary });
  if (projects.length) sections.push({ kind: "history", heading: "職務経歴", companies: byCompany(projects, record) });
  const strengths = linesOf(profile?.strengths);
  const keywords = unique(projects.flatMap((project) => [...project.skills, ...project.methods, ...project.tools]));
  if (strengths.length || keywords.length) sections.push({ kind: "strengths", heading: "活かせる経験・知識・技術", items: strengths, keywords });
  const qualifications = [
    // Examinations are passed (合格); certifications are obtained (取得).
    ...record.certifications.map((certification) => ({ date: passedLabel(certification.passedOn), name: `${certification.name} ${/試験/.test(certification.name) ? "合格" : "取得"}` })),
    ...linesOf(profile?.otherQualifications).map((line) => ({ date: null, name: line })),
  ];
  if (qualifications.length) sections.push({ kind: "qualifications", heading: "資格", items: qualifications });
  const selfPr = paragraphsOf(profile?.selfPr);
  if (selfPr.length) sections.push({ kind: "selfPr", heading: "自己PR", paragraphs: selfPr });
  return { title: "職務経歴書", asOf: asOfLabel(record.asOf), name: profile?.fullName || null, sections };
}
