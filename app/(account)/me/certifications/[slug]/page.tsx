import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/app/_components/ui/action-button";
import { ConfirmDelete } from "@/app/_components/ui/confirm-delete";
import { EligibilityCheck } from "@/app/_components/certifications/eligibility-check";
import { PduSection } from "@/app/_components/certifications/pdu-section";
import { StudyLogSection } from "@/app/_components/certifications/study-log-section";
import { TrackButton } from "@/app/_components/certifications/track-button";
import { TrackingDetailsSection } from "@/app/_components/certifications/tracking-details-section";
import { japanToday } from "@/lib/calendar/japan-date";
import { loadPmpExperience } from "@/lib/career/record";
import { requireUser } from "@/lib/auth/require-user";
import { getCertification } from "@/lib/certifications/catalogue";
import type { EligibilityQuery } from "@/lib/certifications/eligibility/input";
import { renewalRuleFor } from "@/lib/certifications/renewal-rules";
import { untrackCertificationAction } from "@/lib/certifications/tracking/actions";
import { getTrackedBySlug, listPduEntries, listStudySessions } from "@/lib/certifications/tracking/queries";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const certification = await getCertification((await params).slug);
  return { title: certification ? `${certification.shortName}の記録` : "資格の記録", robots: { index: false } };
}

export default async function TrackedCertificationPage({ params, searchParams }: { params: Params; searchParams: Promise<EligibilityQuery> }) {
  const user = await requireUser();
  const { slug } = await params;
  const certification = await getCertification(slug);
  if (!certification) notFound();
  const today = japanToday();
  const [tracked, query, experience] = await Promise.all([getTrackedBySlug(user.id, slug), searchParams, slug === "pmp" ? loadPmpExperience(user.id, today) : null]);
  const rule = renewalRuleFor(slug);
  const recorded = experience ? { months: experience.months, projects: experience.counted.length } : undefined;
  const eligibility = slug === "pmp" && (!tracked || !["passed", "renewal_due"].includes(tracked.status)) && <EligibilityCheck query={query} action={`/me/certifications/${slug}`} recorded={recorded} />;
  const header = (
    <div>
      <p className="text-sm">
        <Link href="/me/certifications" className="text-brand underline">
          資格の記録
        </Link>
      </p>
      <h1 className="text-2xl font-bold leading-snug">{certification.name}</h1>
      <p className="text-sm">
        <Link href={`/certifications/${slug}`} className="text-brand underline">
          試験の概要・受験資格・更新ルール（資格ガイド）
        </Link>
      </p>
    </div>
  );
  if (!tracked) {
    return (
      <div className="space-y-6">
        {header}
        <p>この資格はまだ記録していません。記録すると、受験日までの日数や学習時間を管理できます。</p>
        <TrackButton slug={slug} />
        {eligibility}
      </div>
    );
  }
  const [sessions, entries] = await Promise.all([listStudySessions(user.id, tracked.id), listPduEntries(user.id, tracked.id)]);
  const renewing = tracked.status === "passed" || tracked.status === "renewal_due";
  return (
    <div className="space-y-10">
      {header}
      <TrackingDetailsSection tracked={tracked} today={today} />
      {rule && renewing && tracked.resultDate && <PduSection rule={rule} trackedId={tracked.id} passedOn={tracked.resultDate} entries={entries} today={today} />}
      {rule && !(renewing && tracked.resultDate) && <p className="text-sm text-ink-muted">ステータスを「合格」にして合格日を保存すると、更新に必要な{rule.unit}の記録と確認ができるようになります。</p>}
      <StudyLogSection trackedId={tracked.id} sessions={sessions} studyHours={certification.studyHours} today={today} />
      {eligibility}
      <section aria-labelledby="untrack" className="space-y-2 border-t border-line pt-6">
        <h2 id="untrack" className="text-lg font-bold">
          記録をやめる
        </h2>
        <p className="text-sm text-ink-muted">この資格の記録を削除します。学習記録とPDUの記録もすべて削除され、元に戻せません。</p>
        <ConfirmDelete opener="この資格の記録を削除" question={`${certification.shortName}の記録と、学習記録${sessions.length}件・PDUの記録${entries.length}件を削除しますか？`}>
          <ActionButton action={untrackCertificationAction} fields={{ trackedId: tracked.id }} variant="danger-solid" size="sm">
            削除する
          </ActionButton>
        </ConfirmDelete>
      </section>
    </div>
  );
}
