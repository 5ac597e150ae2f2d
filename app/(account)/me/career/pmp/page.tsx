import type { Metadata } from "next";
import Link from "next/link";
import { CareerBackLink } from "@/app/_components/career/career-back-link";
import { PmpDescriptionForm } from "@/app/_components/career/pmp-description-form";
import { PmpExperienceSummary } from "@/app/_components/career/pmp-experience-summary";
import { SourceNote } from "@/app/_components/certifications/source-note";
import { cardClass } from "@/app/_components/ui/card";
import { requireUser } from "@/lib/auth/require-user";
import { japanToday } from "@/lib/calendar/japan-date";
import { linesOf } from "@/lib/career/documents/record";
import { projectFacts } from "@/lib/career/documents/project-facts";
import { formatPeriod } from "@/lib/career/months";
import { pmpDescriptionLength } from "@/lib/career/pmp-description";
import { pmpExperience } from "@/lib/career/pmp-months";
import { listProjects } from "@/lib/career/queries";
import { pmpEligibilitySource } from "@/lib/certifications/eligibility/pmp";
import { certificationNames } from "@/lib/certifications/slugs";

export const metadata: Metadata = { title: "PMP申請の経験と説明文", robots: { index: false } };

export default async function CareerPmpPage() {
  const user = await requireUser();
  const projects = await listProjects(user.id);
  const experience = pmpExperience(projects, japanToday());
  const describable = projects.filter((project) => project.countsForPmp);
  return (
    <div className="space-y-6">
      <CareerBackLink />
      <h1 className="text-2xl font-bold">PMP申請の経験と説明文</h1>
      <section aria-labelledby="pmp-months" className={`space-y-3 ${cardClass}`}>
        <h2 id="pmp-months" className="text-lg font-bold">
          経験の月数
        </h2>
        <PmpExperienceSummary experience={experience} detailed />
        <p className="text-sm text-ink-muted">月単位で数えています（開始月と終了月を含み、継続中の案件は今月まで）。過去8年は今月を含む直近96か月です。</p>
        <SourceNote source={pmpEligibilitySource} uncertainties={pmpEligibilitySource.uncertainties} />
      </section>
      <section aria-labelledby="pmp-descriptions" className="space-y-4">
        <h2 id="pmp-descriptions" className="text-lg font-bold">
          案件ごとの説明（英語）
        </h2>
        <div className="space-y-1 text-sm">
          <p>
            申請では案件ごとに、目的・役割・責任範囲・成果物・結果を英語で説明します。各欄に英語で書くと、つないだ英文と語数が下に表示されます。語数の目安は
            {pmpDescriptionLength.minWords}〜{pmpDescriptionLength.maxWords}語です。
          </p>
          <p role="note" className="rounded-md border border-line bg-surface px-3 py-2">
            未確認: {pmpDescriptionLength.note}（{pmpDescriptionLength.checked}に確認）参考:{" "}
            {pmpDescriptionLength.reportedBy.map((source) => (
              <a key={source.url} href={source.url} className="text-brand underline" rel="noopener noreferrer">
                {source.label}
              </a>
            ))}
          </p>
        </div>
        {describable.length === 0 && (
          <p className="text-sm text-ink-muted">
            PMPの経験に数える案件がまだありません。
            <Link href="/me/career/projects/new" className="text-brand underline">
              案件を追加する
            </Link>
          </p>
        )}
        {describable.map((project) => {
          const facts = projectFacts(project, certificationNames);
          const responsibilities = linesOf(project.responsibilities);
          return (
            <article key={project.id} id={`project-${project.id}`} aria-labelledby={`pmp-title-${project.id}`} className={`space-y-3 ${cardClass}`}>
              <h3 id={`pmp-title-${project.id}`} className="font-bold">
                {project.title}
                {formatPeriod(project) && <span className="ml-2 text-sm font-normal">{formatPeriod(project)}</span>}
              </h3>
              {(facts.length > 0 || responsibilities.length > 0) && (
                <details className="text-sm">
                  <summary className="cursor-pointer text-brand underline">この案件に入力した内容（英訳の参考に）</summary>
                  <ul className="mt-2 list-disc pl-5">
                    {facts.map((fact) => (
                      <li key={fact.label}>
                        {fact.label}: {fact.value}
                      </li>
                    ))}
                    {responsibilities.map((line, index) => (
                      <li key={index}>担当: {line}</li>
                    ))}
                    {project.achievements.map((achievement, index) => (
                      <li key={`a${index}`}>実績: {[achievement.situation, achievement.action, achievement.result].filter(Boolean).join(" → ")}</li>
                    ))}
                  </ul>
                </details>
              )}
              <PmpDescriptionForm
                projectId={project.id}
                version={project.version}
                title={project.title}
                saved={{
                  pmpObjective: project.pmpObjective,
                  pmpRole: project.pmpRole,
                  pmpResponsibilities: project.pmpResponsibilities,
                  pmpDeliverables: project.pmpDeliverables,
                  pmpOutcome: project.pmpOutcome,
                }}
              />
            </article>
          );
        })}
      </section>
    </div>
  );
}
