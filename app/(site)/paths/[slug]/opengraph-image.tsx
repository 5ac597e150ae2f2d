import { notFound } from "next/navigation";
import { shareImage, shareImageSize, shareImageType } from "@/app/_components/og/share-image";
import { getCareerPath, getCareerPaths } from "@/lib/paths/catalogue";

export const alt = "PMOキャリアガイドのキャリアパス";
export const size = shareImageSize;
export const contentType = shareImageType;
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCareerPaths()).map((path) => ({ slug: path.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const path = await getCareerPath((await params).slug);
  if (!path) notFound();
  return shareImage({ kind: "キャリアパス", title: path.title, note: `${path.from} → ${path.to}（目安${path.typicalMonths}か月）` });
}
