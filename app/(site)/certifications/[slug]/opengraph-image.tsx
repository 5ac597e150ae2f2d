import { notFound } from "next/navigation";
import { shareImage, shareImageSize, shareImageType } from "@/app/_components/og/share-image";
import { getCertification, getCertifications } from "@/lib/certifications/catalogue";

export const alt = "PMOキャリアガイドの資格解説";
export const size = shareImageSize;
export const contentType = shareImageType;
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCertifications()).map((certification) => ({ slug: certification.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const certification = await getCertification((await params).slug);
  if (!certification) notFound();
  return shareImage({ kind: "資格", title: certification.name, note: `${certification.issuer}・${certification.level}` });
}
