import type { CareerProject } from "@/db/schema";
import { industries } from "@/lib/listings/vocabulary";
import { getPmoType } from "@/lib/pmo-types/data";
import { formatDuration, formatPeriod, periodIndices } from "../months";
import { budgetBands, careerPhases } from "../vocabulary";

export type Fact = { label: string; value: string };

const joined = (values: string[]) => values.join("、");

/** 「2021年4月〜2023年3月（2年）」; the length only once both ends are known. */
export function projectPeriod(project: CareerProject, currentMonth: string, style: "long" | "slash" = "long"): { period: string | null; duration: string | null } {
  const span = periodIndices(project, currentMonth);
  return { period: formatPeriod(project, style), duration: span ? formatDuration(span.to - span.from + 1) : null };
}

export function clientLabel(project: CareerProject): string | null {
  const industry = project.industry ? industries[project.industry] : "";
  if (project.client && industry) return `${project.client}（${industry}）`;
  return project.client || industry || null;
}

export function scaleLabel(project: CareerProject): string | null {
  const parts = [project.teamSize ? `体制${project.teamSize.toLocaleString("ja-JP")}名` : "", project.budgetBand ? `予算${budgetBands[project.budgetBand]}` : ""].filter(Boolean);
  return parts.length ? parts.join("・") : null;
}

export const pmoTypeLabel = (project: CareerProject) => (project.pmoType ? (getPmoType(project.pmoType)?.name ?? null) : null);

/** The labelled facts of a project a 職務経歴書 lists, in a fixed order, leaving out the empty ones. */
export function projectFacts(project: CareerProject, certificationNames: Record<string, string>): Fact[] {
  const facts: [string, string | null][] = [
    ["顧客・業界", clientLabel(project)],
    ["役割", project.role || null],
    ["PMOのタイプ", pmoTypeLabel(project)],
    ["規模", scaleLabel(project)],
    ["担当工程", project.phases.length ? joined(project.phases.map((phase) => careerPhases[phase])) : null],
    ["手法", project.methods.length ? joined(project.methods) : null],
    ["ツール", project.tools.length ? joined(project.tools) : null],
    ["関連資格", project.certificationSlugs.length ? joined(project.certificationSlugs.map((slug) => certificationNames[slug] ?? slug)) : null],
    ["スキル", project.skills.length ? joined(project.skills) : null],
  ];
  return facts.filter((fact): fact is [string, string] => Boolean(fact[1])).map(([label, value]) => ({ label, value }));
}

/** One achievement as labelled parts, situation → action → result, leaving out the empty ones. */
export function achievementParts(achievement: CareerProject["achievements"][number]): Fact[] {
  return (
    [
      ["状況", achievement.situation],
      ["取り組み", achievement.action],
      ["結果", achievement.result],
    ] as const
  )
    .filter(([, value]) => value.trim())
    .map(([label, value]) => ({ label, value: value.trim() }));
}
