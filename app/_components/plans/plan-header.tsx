import Link from "next/link";
import type { Plan } from "@/db/schema";
import { formatJapaneseDate } from "@/lib/calendar/japan-date";
import { pathNames, type PathSlug } from "@/lib/paths/slugs";
import { buttonClasses } from "../ui/button";

/** Title, goal and the ways to take the plan elsewhere (file downloads and a printable page). */
export function PlanHeader({ plan }: { plan: Plan }) {
  const pathName = plan.pathSlug ? pathNames[plan.pathSlug as PathSlug] : undefined;
  return (
    <div className="space-y-2">
      <p className="text-sm">
        <Link href="/me/plans" className="text-brand underline">
          キャリアプラン
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-bold">{plan.title}</h1>
        {plan.isPrimary && <span className="rounded bg-brand px-2 py-0.5 text-xs font-semibold text-brand-ink">メイン</span>}
        {plan.archivedAt && <span className="rounded bg-surface px-2 py-0.5 text-xs ring-1 ring-line">アーカイブ済み</span>}
      </div>
      <p>
        目標: <strong>{plan.goalRole}</strong>
        {plan.targetDate && <> ・ 目標日: {formatJapaneseDate(plan.targetDate)}</>}
        {pathName && plan.pathSlug && (
          <>
            {" "}
            ・ もとにしたパス:{" "}
            <Link href={`/paths/${plan.pathSlug}`} className="text-brand underline">
              {pathName}
            </Link>
          </>
        )}
      </p>
      <ul aria-label="書き出し" className="flex flex-wrap gap-2 print:hidden">
        <li>
          <a href={`/me/plans/${plan.id}/export/markdown`} className={buttonClasses()} download>
            Markdownで保存
          </a>
        </li>
        <li>
          <a href={`/me/plans/${plan.id}/export/ics`} className={buttonClasses()} download>
            カレンダー（.ics）に書き出す
          </a>
        </li>
        <li>
          <Link href={`/me/plans/${plan.id}/print`} className={buttonClasses()}>
            印刷用ページ
          </Link>
        </li>
      </ul>
    </div>
  );
}
