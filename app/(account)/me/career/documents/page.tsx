import type { Metadata } from "next";
import Link from "next/link";
import { CareerBackLink } from "@/app/_components/career/career-back-link";
import { DocumentChooser } from "@/app/_components/career/document-chooser";
import { cardClass } from "@/app/_components/ui/card";
import { requireUser } from "@/lib/auth/require-user";
import { buildResume } from "@/lib/career/documents/resume";
import { selectionQuery, toSearchParams } from "@/lib/career/documents/selection";
import { loadCareerRecord } from "@/lib/career/record";

export const metadata: Metadata = { title: "職務経歴書・スキルシートを作る", robots: { index: false } };

const allSections = ["職務要約", "職務経歴", "活かせる経験・知識・技術", "資格", "自己PR"] as const;

export default async function CareerDocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { record, allProjects, selection } = await loadCareerRecord(user.id, toSearchParams(await searchParams));
  const query = selectionQuery(selection);
  const included = buildResume(record).sections.map((section) => section.heading as string);
  const left = allSections.filter((heading) => !included.includes(heading));
  const link = "text-brand underline";
  return (
    <div className="space-y-6">
      <CareerBackLink />
      <h1 className="text-2xl font-bold">職務経歴書・スキルシートを作る</h1>
      {allProjects.length === 0 ? (
        <p>
          まだ案件がありません。
          <Link href="/me/career/projects/new" className={link}>
            案件を追加する
          </Link>
          と、ここで書類にできます。
        </p>
      ) : (
        <DocumentChooser projects={allProjects} selection={selection} />
      )}
      <p role="status" className="text-sm">
        {record.projects.length}件の案件を載せます。
        {record.projects.length === 0 && allProjects.length > 0 && " 案件を1つ以上選んでください。"}
      </p>
      <section aria-labelledby="resume-files" className={`space-y-2 ${cardClass}`}>
        <h2 id="resume-files" className="text-lg font-bold">
          職務経歴書
        </h2>
        <p className="text-sm">載る項目: {included.length ? included.join("、") : "まだありません"}</p>
        {left.length > 0 && (
          <p className="text-sm text-ink-muted">
            入力がないため載らない項目: {left.join("、")}（
            <Link href="/me/career/profile" className={link}>
              職務要約・自己PRを書く
            </Link>
            ／資格は
            <Link href="/me/certifications" className={link}>
              資格の記録
            </Link>
            で合格にすると載ります）
          </p>
        )}
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`/me/career/resume/print?${query}`} className={link}>
              職務経歴書の印刷用ページ（PDFに保存）
            </Link>
          </li>
          <li>
            <a href={`/me/career/resume/docx?${query}`} className={link} download>
              職務経歴書をWordで保存（.docx）
            </a>
          </li>
          <li>
            <a href={`/me/career/resume/markdown?${query}`} className={link} download>
              職務経歴書をMarkdownで保存（.md）
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="skill-sheet-files" className={`space-y-2 ${cardClass}`}>
        <h2 id="skill-sheet-files" className="text-lg font-bold">
          スキルシート（フリーランス・エージェント向け）
        </h2>
        <p className="text-sm">案件ごとに期間・業務内容・役割・規模・環境と担当工程を1行にまとめた表です。</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`/me/career/skill-sheet/print?${query}`} className={link}>
              スキルシートの印刷用ページ（A4横）
            </Link>
          </li>
          <li>
            <a href={`/me/career/skill-sheet/xlsx?${query}`} className={link} download>
              スキルシートをExcelで保存（.xlsx）
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
