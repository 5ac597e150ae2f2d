import type { Metadata } from "next";
import Link from "next/link";
import { PmpExperienceSummary } from "@/app/_components/career/pmp-experience-summary";
import { ProjectCard } from "@/app/_components/career/project-card";
import { buttonClasses } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";
import { requireUser } from "@/lib/auth/require-user";
import { japanToday } from "@/lib/calendar/japan-date";
import { monthOfDate } from "@/lib/career/months";
import { pmpExperience } from "@/lib/career/pmp-months";
import { listProjects } from "@/lib/career/queries";

export const metadata: Metadata = { title: "職務経歴", robots: { index: false } };

export default async function CareerPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const user = await requireUser();
  const [projects, { deleted }] = await Promise.all([listProjects(user.id), searchParams]);
  const today = japanToday();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">職務経歴</h1>
        <Link href="/me/career/projects/new" className={buttonClasses({ variant: "primary", size: "lg" })}>
          案件を追加する
        </Link>
      </div>
      <p>案件を一度入力すれば、職務経歴書・スキルシート・PMP申請の経験欄に使えます。書類には入力した内容だけが載り、空の項目は省かれます。</p>
      {deleted && (
        <p role="status" className="text-success">
          案件を削除しました。
        </p>
      )}
      <nav aria-label="職務経歴から作れるもの" className="flex flex-wrap gap-2">
        <Link href="/me/career/documents" className={buttonClasses()}>
          職務経歴書・スキルシートを作る
        </Link>
        <Link href="/me/career/pmp" className={buttonClasses()}>
          PMP申請の経験と説明文
        </Link>
        <Link href="/me/career/profile" className={buttonClasses()}>
          職務要約・自己PRを書く
        </Link>
      </nav>
      <section aria-labelledby="career-pmp" className={`space-y-2 ${cardClass}`}>
        <h2 id="career-pmp" className="text-lg font-bold">
          PMPの経験月数
        </h2>
        <PmpExperienceSummary experience={pmpExperience(projects, today)} />
      </section>
      <section aria-labelledby="career-projects" className="space-y-3">
        <h2 id="career-projects" className="text-lg font-bold">
          案件（{projects.length}件）
        </h2>
        {projects.length === 0 ? (
          <p className="text-sm text-ink-muted">まだ案件はありません。「案件を追加する」から、案件名だけでも登録できます。</p>
        ) : (
          <ol className="space-y-3" aria-label="案件（上から順に。書類の「一覧で並べた順」に使います）">
            {projects.map((project, index) => (
              <li key={project.id}>
                <ProjectCard project={project} currentMonth={monthOfDate(today)} isFirst={index === 0} isLast={index === projects.length - 1} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
