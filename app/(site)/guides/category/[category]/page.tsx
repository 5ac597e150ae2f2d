import { notFound } from "next/navigation";
import { GuideBrowseNav } from "@/app/_components/guides/guide-browse-nav";
import { GuideGrid } from "@/app/_components/guides/guide-card";
import { Breadcrumbs } from "@/app/_components/ui/breadcrumbs";
import { getGuides } from "@/lib/guides/content";
import { guideCategories, type GuideCategory } from "@/lib/guides/schema";
import { pageMetadata } from "@/lib/site/metadata";

type Params = Promise<{ category: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(guideCategories).map((category) => ({ category }));
}

function categoryOf(slug: string): GuideCategory | null {
  return slug in guideCategories ? (slug as GuideCategory) : null;
}

export async function generateMetadata({ params }: { params: Params }) {
  const category = categoryOf((await params).category);
  if (!category) return {};
  return pageMetadata({
    title: `${guideCategories[category]}のガイド`,
    description: `「${guideCategories[category]}」に関するPMOガイドの一覧です。`,
    path: `/guides/category/${category}`,
  });
}

export default async function GuideCategoryPage({ params }: { params: Params }) {
  const category = categoryOf((await params).category);
  if (!category) notFound();
  const guides = await getGuides();
  const inCategory = guides.filter((guide) => guide.category === category);
  return (
    <div className="space-y-8">
      <div>
        <Breadcrumbs
          items={[
            { name: "ホーム", href: "/" },
            { name: "ガイド", href: "/guides" },
            { name: guideCategories[category], href: `/guides/category/${category}` },
          ]}
        />
        <h1 className="text-2xl font-bold">{guideCategories[category]}</h1>
      </div>
      <GuideBrowseNav guides={guides} current={{ category }} />
      <GuideGrid guides={inCategory.map((guide) => ({ guide }))} />
    </div>
  );
}
