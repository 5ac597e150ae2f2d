import { notFound } from "next/navigation";
import { shareImage, shareImageSize, shareImageType } from "@/app/_components/og/share-image";
import { getListing } from "@/lib/listings/queries";
import { employmentTypes } from "@/lib/listings/vocabulary";

export const alt = "PMOキャリアガイドの求人・案件";
export const size = shareImageSize;
export const contentType = shareImageType;

// Listings live in the database, which the build never opens: each image is drawn on its first
// request and kept for an hour (an edited or closed listing shows within that time).
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const listing = await getListing((await params).id);
  if (!listing) notFound();
  return shareImage({
    kind: listing.isSample ? "サンプル求人" : "求人・案件",
    title: listing.title,
    note: `${listing.company}・${employmentTypes[listing.employmentType]}`,
    sample: listing.isSample,
  });
}
