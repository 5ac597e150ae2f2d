import type { Metadata } from "next";
import { PrintSheet } from "@/app/_components/career/print-sheet";
import { SkillSheetView } from "@/app/_components/career/skill-sheet-view";
import { requireUser } from "@/lib/auth/require-user";
import { selectionQuery, toSearchParams } from "@/lib/career/documents/selection";
import { buildSkillSheet } from "@/lib/career/documents/skill-sheet";
import { loadCareerRecord } from "@/lib/career/record";

export const metadata: Metadata = { title: "スキルシート（印刷用）", robots: { index: false } };

export default async function SkillSheetPrintPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { record, selection } = await loadCareerRecord(user.id, toSearchParams(await searchParams));
  return (
    <PrintSheet orientation="landscape" backHref={`/me/career/documents?${selectionQuery(selection)}`}>
      <SkillSheetView sheet={buildSkillSheet(record)} />
    </PrintSheet>
  );
}
