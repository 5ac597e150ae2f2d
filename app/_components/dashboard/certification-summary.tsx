import Link from "next/link";
import { formatJapaneseDate, japanToday } from "@/lib/calendar/japan-date";
import { getCertifications } from "@/lib/certifications/catalogue";
import { countdownLabel } from "@/lib/certifications/countdown";
import { minutesThisMonth, toHours } from "@/lib/certifications/tracking/study-stats";
import { listStudySessionsSince, listTracked } from "@/lib/certifications/tracking/queries";

/** My-page card: upcoming exams with their countdowns and this month's study hours. */
export async function CertificationSummary({ userId }: { userId: string }) {
  const today = japanToday();
  const [tracked, sessions, catalogue] = await Promise.all([listTracked(userId), listStudySessionsSince(userId, `${today.slice(0, 7)}-01`), getCertifications()]);
  const nameOf = (slug: string) => catalogue.find((certification) => certification.slug === slug)?.shortName ?? slug;
  const exams = tracked.filter((item) => item.examDate && item.examDate >= today).sort((a, b) => a.examDate!.localeCompare(b.examDate!));
  return (
    <section aria-labelledby="certification-summary" className="space-y-3 rounded-[var(--radius-card)] border border-line p-4">
      <h2 id="certification-summary" className="text-lg font-bold">
        資格の学習
      </h2>
      {tracked.length === 0 ? (
        <p className="text-sm">
          まだ記録している資格はありません。
          <Link href="/me/certifications" className="text-brand underline">
            最初の資格を記録する
          </Link>
          と、受験日までの日数と学習時間をここに表示します。
        </p>
      ) : (
        <>
          <p className="text-sm">
            今月の学習時間: <strong className="text-lg">{toHours(minutesThisMonth(sessions, today))}時間</strong>
          </p>
          {exams.length === 0 ? (
            <p className="text-sm text-ink-muted">予定している受験日はありません。</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {exams.map((item) => (
                <li key={item.id}>
                  <Link href={`/me/certifications/${item.certificationSlug}`} className="text-brand underline">
                    {nameOf(item.certificationSlug)}
                  </Link>{" "}
                  {formatJapaneseDate(item.examDate!)}（<strong>{countdownLabel(item.examDate!)}</strong>）
                </li>
              ))}
            </ul>
          )}
          <p className="text-sm">
            <Link href="/me/certifications" className="text-brand underline">
              資格の記録をすべて見る
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
