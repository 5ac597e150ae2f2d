import { notFound } from "next/navigation";
import { GuideCollection } from "@/app/_components/guides/guide-collection";
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
  return (
    <GuideCollection
      heading={guideCategories[category]}
      href={`/guides/category/${category}`}
      all={guides}
      shown={guides.filter((guide) => guide.category === category)}
      current={{ category }}
    />
  );
}
