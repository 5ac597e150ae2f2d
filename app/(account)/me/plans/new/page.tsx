import type { Metadata } from "next";
import Link from "next/link";
import { PlanForm } from "@/app/_components/plans/plan-form";
import { TabLink } from "@/app/_components/ui/tab-link";
import { cardClass } from "@/app/_components/ui/card";
import { requireUser } from "@/lib/auth/require-user";
import { formatJapaneseDate, japanToday } from "@/lib/calendar/japan-date";
import { getCareerPath, getCareerPaths, milestoneKinds } from "@/lib/paths/catalogue";
import { defaultTargetDate, suggestMilestones } from "@/lib/plans/due-dates";

export const metadata: Metadata = { title: "新しいキャリアプラン", robots: { index: false } };

type SearchParams = Promise<{ path?: string }>;

export default async function NewPlanPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser();
  const { path: slug } = await searchParams;
  const [paths, path] = await Promise.all([getCareerPaths(), slug ? getCareerPath(slug) : null]);
  const today = japanToday();
  const targetDate = path ? defaultTargetDate(path, today) : null;
  const suggested = path && targetDate ? suggestMilestones(path, targetDate, today) : [];

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/me/plans" className="text-brand underline">
            キャリアプラン
          </Link>
        </p>
        <h1 className="text-2xl font-bold">新しいキャリアプラン</h1>
      </div>
      <nav aria-labelledby="start-from" className="space-y-2">
        <h2 id="start-from" className="font-bold">
          どこから始めますか
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          <li>
            <TabLink href="/me/plans/new" current={!path} block>
              ゼロから作る
            </TabLink>
          </li>
          {paths.map((item) => (
            <li key={item.slug}>
              <TabLink href={`/me/plans/new?path=${item.slug}`} current={path?.slug === item.slug} block>
                {item.from} → {item.to}
              </TabLink>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="plan-details" className={`space-y-4 ${cardClass}`}>
        <h2 id="plan-details" className="text-lg font-bold">
          {path ? `「${path.title}」から作る` : "ゼロから作る"}
        </h2>
        <PlanForm
          key={path?.slug ?? "blank"}
          initial={{ title: path ? `${path.to}への${path.typicalMonths}か月プラン` : "", goalRole: path?.to ?? "", targetDate }}
          pathSlug={path?.slug}
          today={today}
        />
      </section>

      {path && (
        <section aria-labelledby="suggested" className="space-y-2">
          <h2 id="suggested" className="text-lg font-bold">
            最初に入るマイルストーン（{suggested.length}件）
          </h2>
          <p className="text-sm text-ink-muted">
            期日は目標日（初期値: {formatJapaneseDate(targetDate!)}）から逆算した目安です。作成後に追加・編集・並べ替えができます。
          </p>
          <ol className="space-y-1 text-sm">
            {suggested.map((milestone) => (
              <li key={milestone.title} className="flex flex-wrap gap-2">
                <span className="rounded bg-surface px-1.5 py-0.5 text-xs ring-1 ring-line">{milestoneKinds[milestone.kind]}</span>
                <span className="flex-1">{milestone.title}</span>
                <span className="tabular-nums text-ink-muted">{formatJapaneseDate(milestone.dueDate)}まで</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
