import Link from "next/link";
import { Breadcrumbs } from "@/app/_components/ui/breadcrumbs";
import { getCareerPaths } from "@/lib/paths/catalogue";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata = pageMetadata({
  title: "PMOのキャリアパス一覧",
  description: "未経験からPMOアシスタント、SEからPMO、PMOからPM・ITコンサルタント・フリーランス・ITスペシャリスト・PdMまで。ステージごとの経験・スキル・資格と目安の期間をまとめました。",
  path: "/paths",
});

export default async function PathsPage() {
  const paths = await getCareerPaths();
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { name: "ホーム", href: "/" },
          { name: "キャリアパス", href: "/paths" },
        ]}
      />
      <h1 className="text-2xl font-bold sm:text-3xl">PMOのキャリアパス</h1>
      <p className="text-ink-muted">PMOに入る道と、PMOから次へ進む道。ステージごとに積む経験・スキル・資格と、目安の期間を示します。</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {paths.map((path) => (
          <li key={path.slug}>
            <Link href={`/paths/${path.slug}`} className="block h-full rounded-[var(--radius-card)] border border-line bg-surface p-4 hover:border-brand">
              <span className="block text-xs font-semibold text-brand">
                {path.from} → {path.to}・目安 {path.typicalMonths}か月
              </span>
              <span className="mt-1 block font-bold">{path.title}</span>
              <span className="mt-1 block text-sm text-ink-muted">{path.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
