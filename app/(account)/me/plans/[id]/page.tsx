import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MilestoneForm } from "@/app/_components/plans/milestone-form";
import { MilestoneItem } from "@/app/_components/plans/milestone-item";
import { PlanHeader } from "@/app/_components/plans/plan-header";
import { PlanProgressBar } from "@/app/_components/plans/plan-progress";
import { PlanSettings } from "@/app/_components/plans/plan-settings";
import { PlanTimeline } from "@/app/_components/plans/plan-timeline";
import { cardClass } from "@/app/_components/ui/card";
import { requireUser } from "@/lib/auth/require-user";
import { listBookmarks } from "@/lib/bookmarks/queries";
import { japanToday } from "@/lib/calendar/japan-date";
import { planProgress } from "@/lib/plans/progress";
import { getPlan } from "@/lib/plans/plans/queries";
import { StatusMessage } from "@/app/_components/ui/status-message";

export const metadata: Metadata = { title: "キャリアプラン", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function PlanPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const plan = await getPlan(user.id, id);
  if (!plan) notFound();
  const bookmarks = (await listBookmarks(user.id)).map((entry) => ({ id: entry.id, title: `${entry.listing.title}（${entry.listing.company}）` }));
  const today = japanToday();
  const { milestones } = plan;

  return (
    <div className="space-y-6">
      <PlanHeader plan={plan} />
      {created && (
        <StatusMessage tone="success">
          プランを作成しました。マイルストーンの期日や内容は、いつでも変えられます。
        </StatusMessage>
      )}

      <section aria-labelledby="where" className={`space-y-4 ${cardClass}`}>
        <h2 id="where" className="text-lg font-bold">
          いまの進み具合
        </h2>
        <PlanProgressBar progress={planProgress(milestones)} />
        <PlanTimeline milestones={milestones} targetDate={plan.targetDate} today={today} />
      </section>

      <section aria-labelledby="milestones" className="space-y-3">
        <h2 id="milestones" className="text-lg font-bold">
          マイルストーン（{milestones.length}件）
        </h2>
        {milestones.length === 0 ? (
          <p className="text-sm text-ink-muted">まだマイルストーンはありません。下のフォームから、身につけたいスキルや受けたい資格を追加しましょう。</p>
        ) : (
          <ol className="space-y-3" aria-label="マイルストーン（上から順に）">
            {milestones.map((milestone, index) => (
              <li key={milestone.id}>
                <MilestoneItem
                  milestone={milestone}
                  planId={plan.id}
                  version={plan.version}
                  isFirst={index === 0}
                  isLast={index === milestones.length - 1}
                  today={today}
                  bookmarks={bookmarks}
                />
              </li>
            ))}
          </ol>
        )}
        <details className={cardClass} open={milestones.length === 0}>
          <summary className="cursor-pointer font-bold text-brand underline">マイルストーンを追加する</summary>
          <div className="mt-3">
            <MilestoneForm planId={plan.id} version={plan.version} bookmarks={bookmarks} />
          </div>
        </details>
      </section>

      <PlanSettings plan={plan} today={today} />
      <p className="text-sm">
        <Link href="/me/plans" className="text-brand underline">
          キャリアプランの一覧へ
        </Link>
      </p>
    </div>
  );
}
