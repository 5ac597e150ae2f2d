import { careerDownload } from "@/lib/career/documents/download";
import { buildSkillSheet } from "@/lib/career/documents/skill-sheet";
import { skillSheetToXlsx } from "@/lib/career/documents/skill-sheet-xlsx";

export const GET = careerDownload("skill-sheet-xlsx", ({ record }) => skillSheetToXlsx(buildSkillSheet(record)));
