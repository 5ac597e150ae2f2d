import Link from "next/link";
import { japanToday } from "@/lib/calendar/japan-date";
import { pmpExperience } from "@/lib/career/pmp-months";
import { listProjects } from "@/lib/career/queries";

/** My-page card: the career record at a glance, and the documents it writes. */
export async function CareerSummary({ userId }: { userId: string }) {
  const projects = await listProjects(userId);
  const experience = pmpExperience(projects, japanToday());
  return (
    <section aria-labelledby="career-summary" className="space-y-3 rounded-[var(--radius-card)] border border-line p-4">
      <h2 id="career-summary" className="text-lg font-bold">
        職務経歴・書類
      </h2>
      {projects.length === 0 ? (
        <p className="text-sm">
          案件を入力すると、職務経歴書・スキルシート・PMP申請の経験月数を作れます。
          <Link href="/me/career/projects/new" className="text-brand underline">
            最初の案件を追加する
          </Link>
        </p>
      ) : (
        <>
          <p className="text-sm">
            案件 {projects.length}件 ・ PMPの経験（過去8年・重複なし）: <strong>{experience.months}か月</strong>
          </p>
          <p className="flex flex-wrap gap-x-4 text-sm">
            <Link href="/me/career" className="text-brand underline">
              職務経歴を見る
            </Link>
            <Link href="/me/career/documents" className="text-brand underline">
              職務経歴書・スキルシートを作る
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
