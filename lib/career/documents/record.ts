import type { CareerProfile, CareerProject } from "@/db/schema";
import type { IsoDate } from "@/lib/calendar/japan-date";
import { formatMonth, type IsoMonth } from "../months";
import { unnamedCompany } from "../vocabulary";

/** A certification the user holds, from the certification tracker. */
export interface HeldCertification {
  name: string;
  /** The pass date, when the tracker has it. */
  passedOn: IsoDate | null;
}

/** Everything a document may print: what the user entered, the projects they chose in the order they chose. */
export interface CareerRecord {
  profile: Pick<CareerProfile, "fullName" | "sheetName" | "summary" | "strengths" | "otherQualifications" | "selfPr"> | null;
  projects: CareerProject[];
  certifications: HeldCertification[];
  asOf: IsoDate;
  /** Catalogue names of certifications by slug, for the certifications linked to a project. */
  certificationNames: Record<string, string>;
}

/** Non-empty trimmed lines of a multi-line field. */
export const linesOf = (value: string | null | undefined) =>
  (value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Paragraphs: blocks separated by a blank line, each kept with its own line breaks. */
export const paragraphsOf = (value: string | null | undefined) =>
  (value ?? "")
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** How a document names the company: the name if it may be named, else the user's wording for it. */
export function companyLabel(project: Pick<CareerProject, "company" | "companyNamed" | "companyAlias">): string | null {
  if (project.companyNamed) return project.company || null;
  return project.companyAlias || (project.company ? unnamedCompany : null);
}

/** 2026-12-02 → 2026年12月2日現在 */
export function asOfLabel(date: IsoDate): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日現在`;
}

export const passedLabel = (date: IsoDate | null) => (date ? formatMonth(date.slice(0, 7) as IsoMonth) : null);

/** Unique values in first-seen order. */
export const unique = (values: string[]) => [...new Set(values.filter(Boolean))];
