import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintSheet } from "@/app/_components/career/print-sheet";
import { RonbunSheetView } from "@/app/_components/career/ronbun-sheet-view";
import { requireUser } from "@/lib/auth/require-user";
import { japanToday } from "@/lib/calendar/japan-date";
import { buildRonbunSheet } from "@/lib/career/documents/ronbun";
import { getProject } from "@/lib/career/queries";

export const metadata: Metadata = { title: "論述の題材シート", robots: { index: false } };

export default async function RonbunSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const project = await getProject(user.id, (await params).id);
  if (!project) notFound();
  return (
    <PrintSheet orientation="portrait" backHref={`/me/career/projects/${project.id}`} backLabel="案件の編集に戻る">
      <RonbunSheetView sheet={buildRonbunSheet(project, japanToday())} />
    </PrintSheet>
  );
}
