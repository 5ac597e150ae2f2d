import Link from "next/link";
import { GuideGrid } from "@/app/_components/guides/guide-card";
import { JsonLd } from "@/app/_components/ui/json-ld";
import { getGuides } from "@/lib/guides/content";
import { absoluteUrl, siteDescription, siteName } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { buttonClasses } from "@/app/_components/ui/button";

export const metadata = { ...pageMetadata({ title: siteName, description: siteDescription, path: "/" }), title: { absolute: `${siteName}｜PMOの仕事・転職・キャリアの総合ガイド` } };

const entryPoints = [
  { href: "/guides/pmo-without-experience", who: "未経験・事務職の方", title: "未経験からPMOを目指す", text: "仕事内容と、アシスタント職から始める道筋。" },
  { href: "/guides/engineer-to-pmo", who: "SE・エンジニアの方", title: "開発経験をPMOで活かす", text: "経験の活かし方と、合うPMOタイプ。" },
  { href: "/paths", who: "現役PMOの方", title: "次のキャリアを描く", text: "PM・ITコンサル・PdMへの進み方と資格。" },
  { href: "/guides/pmo-freelance-side-job", who: "フリーランス・副業の方", title: "案件で働く", text: "案件の種類、契約、独立前のチェックリスト。" },
];

export default async function HomePage() {
  const guides = await getGuides();
  const featured = guides.filter((guide) => guide.featured).slice(0, 4);
  const newest = guides.filter((guide) => !guide.featured).slice(0, 4);
  return (
    <div className="space-y-12">
      <JsonLd data={{ "@context": "https://schema.org", "@type": "WebSite", name: siteName, url: absoluteUrl("/"), inLanguage: "ja" }} />
      <section className="space-y-4">
        <h1 className="text-3xl font-bold leading-snug sm:text-4xl">
          PMOのキャリアを、
          <br className="sm:hidden" />
          自分で設計する。
        </h1>
        <p className="max-w-2xl text-ink-muted">
          PMOの仕事内容・5つのタイプ・向き不向き・キャリアパス・資格・年収までを解説するガイドと、PMOの求人・案件検索。
          登録すると、キャリアプランや資格の学習記録、気になる求人の応募状況をまとめて管理できます。
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/self-check" className={buttonClasses({ variant: "primary", size: "lg" })}>
            3分で適性チェック
          </Link>
          <Link href="/guides" className={buttonClasses({ size: "lg" })}>
            ガイドを読む
          </Link>
          <Link href="/pmo-types" className="rounded-md border border-line px-4 py-2 font-semibold">
            5つのタイプを比べる
          </Link>
        </div>
      </section>

      <section aria-labelledby="entry-points" className="space-y-4">
        <h2 id="entry-points" className="text-xl font-bold">
          あなたに合った入り口から
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {entryPoints.map((entry) => (
            <li key={entry.href}>
              <Link href={entry.href} className="block h-full rounded-[var(--radius-card)] border border-line bg-surface p-4 hover:border-brand">
                <span className="block text-xs font-semibold text-brand">{entry.who}</span>
                <span className="mt-1 block font-bold">{entry.title}</span>
                <span className="block text-sm text-ink-muted">{entry.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="featured" className="space-y-4">
        <h2 id="featured" className="text-xl font-bold">
          まず読みたいガイド
        </h2>
        <GuideGrid guides={featured.map((guide) => ({ guide }))} />
      </section>

      <section aria-labelledby="newest" className="space-y-4">
        <div className="flex items-baseline justify-between">
          <h2 id="newest" className="text-xl font-bold">
            新着ガイド
          </h2>
          <Link href="/guides" className="text-sm text-brand underline">
            すべてのガイド
          </Link>
        </div>
        <GuideGrid guides={newest.map((guide) => ({ guide }))} />
      </section>
    </div>
  );
}
