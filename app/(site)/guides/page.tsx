import { GuideBrowseNav } from "@/app/_components/guides/guide-browse-nav";
import { GuideGrid } from "@/app/_components/guides/guide-card";
import { GuideSearchForm } from "@/app/_components/guides/guide-search-form";
import { Breadcrumbs } from "@/app/_components/ui/breadcrumbs";
import { getGuides } from "@/lib/guides/content";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata = pageMetadata({
  title: "PMOガイド一覧",
  description: "PMOの基本、仕事内容、5つのタイプ、向き不向き、年収、未経験からの転職、キャリアパス、資格、会議運営まで。PMOのキャリアに役立つガイドの一覧です。",
  path: "/guides",
});

export default async function GuidesPage() {
  const guides = await getGuides();
  return (
    <div className="space-y-8">
      <div>
        <Breadcrumbs items={[{ name: "ホーム", href: "/" }, { name: "ガイド", href: "/guides" }]} />
        <h1 className="text-2xl font-bold sm:text-3xl">PMOガイド</h1>
        <p className="mt-2 text-ink-muted">PMOの仕事とキャリアを、現場目線で体系的にまとめた記事です（全{guides.length}本）。</p>
      </div>
      <GuideSearchForm />
      <GuideBrowseNav guides={guides} />
      <section aria-labelledby="all-guides" className="space-y-4">
        <h2 id="all-guides" className="text-xl font-bold">
          新着順
        </h2>
        <GuideGrid guides={guides.map((guide) => ({ guide }))} />
      </section>
    </div>
  );
}
