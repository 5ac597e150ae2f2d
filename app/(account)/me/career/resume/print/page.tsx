import type { Metadata } from "next";
import { PrintSheet } from "@/app/_components/career/print-sheet";
import { ResumeView } from "@/app/_components/career/resume-view";
import { requireUser } from "@/lib/auth/require-user";
import { buildResume } from "@/lib/career/documents/resume";
import { selectionQuery, toSearchParams } from "@/lib/career/documents/selection";
import { loadCareerRecord } from "@/lib/career/record";

export const metadata: Metadata = { title: "職務経歴書（印刷用）", robots: { index: false } };

export default async function ResumePrintPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { record, selection } = await loadCareerRecord(user.id, toSearchParams(await searchParams));
  return (
    <PrintSheet orientation="portrait" backHref={`/me/career/documents?${selectionQuery(selection)}`}>
      <ResumeView resume={buildResume(record)} />
    </PrintSheet>
  );
}
