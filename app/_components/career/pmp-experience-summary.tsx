import Link from "next/link";
import { formatMonth } from "@/lib/career/months";
import { notCountedReasons, type PmpExperience } from "@/lib/career/pmp-months";
import { pmpDegrees } from "@/lib/certifications/eligibility/pmp";

/** The PMP experience months the record adds up to, and which projects did or did not count. */
export function PmpExperienceSummary({ experience, detailed = false }: { experience: PmpExperience; detailed?: boolean }) {
  return (
    <div className="space-y-2">
      <p>
        過去8年以内（{formatMonth(experience.windowStart)}〜{formatMonth(experience.windowEnd)}）のプロジェクト経験:{" "}
        <strong className="text-xl" data-testid="pmp-months">
          {experience.months}か月
        </strong>
        <span className="text-sm text-ink-muted">（重なった期間は1回だけ数えています）</span>
      </p>
      <p className="text-sm">
        受験資格の目安: 4年制大学卒業なら{pmpDegrees.bachelor.months}か月、高校卒業などなら{pmpDegrees.secondary.months}か月。{" "}
        <Link href="/me/certifications/pmp#eligibility" className="text-brand underline">
          受験資格チェックで確かめる
        </Link>
      </p>
      {detailed && experience.counted.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {experience.counted.map((item) => (
            <li key={item.id}>
              {item.title}: {formatMonth(item.from)}〜{formatMonth(item.to)}（{item.months}か月）
            </li>
          ))}
        </ul>
      )}
      {detailed && experience.notCounted.length > 0 && (
        <div className="text-sm">
          <p className="font-semibold">数えていない案件</p>
          <ul className="list-disc space-y-1 pl-5">
            {experience.notCounted.map((item) => (
              <li key={item.id}>
                <Link href={`/me/career/projects/${item.id}`} className="text-brand underline">
                  {item.title}
                </Link>
                : {notCountedReasons[item.reason]}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
