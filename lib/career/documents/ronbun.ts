import type { CareerProject } from "@/db/schema";
import { monthOfDate } from "../months";
import { careerPhases } from "../vocabulary";
import { achievementParts, clientLabel, pmoTypeLabel, projectPeriod, scaleLabel, type Fact } from "./project-facts";
import { asOfLabel, linesOf } from "./record";

export type RonbunSection =
  | { kind: "overview"; heading: "プロジェクトの概要と自分の立場"; facts: Fact[] }
  | { kind: "issues"; heading: "課題と取り組み"; items: { issue: string | null; action: string | null }[] }
  | { kind: "results"; heading: "結果と評価"; items: string[] }
  | { kind: "duties"; heading: "担当した業務"; items: string[] };

export interface RonbunSheet {
  title: string;
  asOf: string;
  sections: RonbunSection[];
}

/**
 * A 題材 sheet for an IPA プロジェクトマネージャ 論述, laid out from one project: the project and the
 * writer's position, then each achievement's situation and action, then its results. Only what the
 * user entered; a draft starts from it, nothing is written for them.
 */
export function buildRonbunSheet(project: CareerProject, asOf: string): RonbunSheet {
  const { period, duration } = projectPeriod(project, monthOfDate(asOf));
  const overview: [string, string | null][] = [
    ["プロジェクト", project.title],
    ["期間", period && `${period}${duration ? `（${duration}）` : ""}`],
    ["顧客・業界", clientLabel(project)],
    ["規模", scaleLabel(project)],
    ["立場・役割", [project.role, pmoTypeLabel(project)].filter(Boolean).join("／") || null],
    ["担当工程", project.phases.length ? project.phases.map((phase) => careerPhases[phase]).join("、") : null],
    ["手法", project.methods.length ? project.methods.join("、") : null],
  ];
  const parts = project.achievements.map((achievement) => Object.fromEntries(achievementParts(achievement).map((part) => [part.label, part.value])) as Record<string, string | undefined>);
  const issues = parts.filter((part) => part["状況"] || part["取り組み"]).map((part) => ({ issue: part["状況"] ?? null, action: part["取り組み"] ?? null }));
  const results = parts.map((part) => part["結果"]).filter((result): result is string => Boolean(result));
  const duties = linesOf(project.responsibilities);
  const sections: RonbunSection[] = [
    { kind: "overview", heading: "プロジェクトの概要と自分の立場", facts: overview.filter((fact): fact is [string, string] => Boolean(fact[1])).map(([label, value]) => ({ label, value })) },
  ];
  if (issues.length) sections.push({ kind: "issues", heading: "課題と取り組み", items: issues });
  if (results.length) sections.push({ kind: "results", heading: "結果と評価", items: results });
  if (duties.length) sections.push({ kind: "duties", heading: "担当した業務", items: duties });
  return { title: project.title, asOf: asOfLabel(asOf), sections };
}
