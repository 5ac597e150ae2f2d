import type { CareerProject } from "@/db/schema";
import { monthOfDate } from "../months";
import { budgetBands, careerPhases, type CareerPhase } from "../vocabulary";
import { achievementParts, clientLabel, pmoTypeLabel, projectPeriod } from "./project-facts";
import { asOfLabel, linesOf, passedLabel, unique, type CareerRecord } from "./record";

/** One project as a row of the table agents expect: 期間, 業務内容, 役割, 規模, 環境, and a mark per phase. */
export interface SkillSheetRow {
  no: number;
  period: string | null;
  duration: string | null;
  title: string;
  work: string[];
  role: string[];
  scale: string[];
  environment: string[];
  phases: Record<CareerPhase, boolean>;
}

export interface SkillSheet {
  title: "スキルシート";
  asOf: string;
  name: string | null;
  /** Above the table, only where there is something: 保有資格 and 主なスキル. */
  summary: { label: string; value: string }[];
  rows: SkillSheetRow[];
}

export const skillSheetColumns = ["No.", "期間", "業務内容", "役割", "規模", "環境"] as const;

function row(project: CareerProject, index: number, record: CareerRecord): SkillSheetRow {
  const { period, duration } = projectPeriod(project, monthOfDate(record.asOf), "slash");
  const client = clientLabel(project);
  const results = project.achievements.map((achievement) => achievementParts(achievement).find((part) => part.label === "結果")?.value).filter((value): value is string => Boolean(value));
  return {
    no: index + 1,
    period,
    duration,
    title: project.title,
    work: [...(client ? [client] : []), ...linesOf(project.responsibilities), ...results.map((result) => `成果: ${result}`)],
    role: [project.role, pmoTypeLabel(project) ?? ""].filter(Boolean),
    scale: [project.teamSize ? `${project.teamSize.toLocaleString("ja-JP")}名` : "", project.budgetBand ? `予算${budgetBands[project.budgetBand]}` : ""].filter(Boolean),
    environment: [...project.methods, ...project.tools],
    phases: Object.fromEntries((Object.keys(careerPhases) as CareerPhase[]).map((phase) => [phase, project.phases.includes(phase)])) as Record<CareerPhase, boolean>,
  };
}

/** The スキルシート a freelance agent asks for, from what the user entered only. */
export function buildSkillSheet(record: CareerRecord): SkillSheet {
  const certifications = [
    ...record.certifications.map((certification) => (certification.passedOn ? `${certification.name}（${passedLabel(certification.passedOn)}）` : certification.name)),
    ...linesOf(record.profile?.otherQualifications),
  ];
  const skills = unique(record.projects.flatMap((project) => project.skills));
  const summary = [
    ...(certifications.length ? [{ label: "保有資格", value: certifications.join("、") }] : []),
    ...(skills.length ? [{ label: "主なスキル", value: skills.join("、") }] : []),
  ];
  return {
    title: "スキルシート",
    asOf: asOfLabel(record.asOf),
    name: record.profile?.sheetName || record.profile?.fullName || null,
    summary,
    rows: record.projects.map((project, index) => row(project, index, record)),
  };
}
