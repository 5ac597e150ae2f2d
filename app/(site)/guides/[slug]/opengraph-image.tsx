import { notFound } from "next/navigation";
import { shareImage, shareImageSize, shareImageType } from "@/app/_components/og/share-image";
import { getGuide, getGuides } from "@/lib/guides/content";
import { guideCategories } from "@/lib/guides/schema";

export const alt = "PMOキャリアガイドのガイド記事";
export const size = shareImageSize;
export const contentType = shareImageType;
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getGuides()).map((guide) => ({ slug: guide.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const guide = await getGuide((await params).slug);
  if (!guide) notFound();
  return shareImage({ kind: "ガイド", title: guide.title, note: guideCategories[guide.category] });
}
