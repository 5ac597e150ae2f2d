import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getCertifications } from "@/lib/certifications/catalogue";
import { allTags, getGuides } from "@/lib/guides/content";
import { getIndexableListings } from "@/lib/listings/queries";
import { getCareerPaths } from "@/lib/paths/catalogue";
import { guideCategories } from "@/lib/guides/schema";
import { absoluteUrl } from "@/lib/site/config";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Listings live in the database, which the build never opens: the sitemap is made per request.
  await connection();
  const [guides, paths, certifications, listings] = await Promise.all([getGuides(), getCareerPaths(), getCertifications(), getIndexableListings()]);
  const newest = guides.reduce((latest, guide) => (guide.updated > latest ? guide.updated : latest), "2026-01-01");
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    { url: absoluteUrl("/guides"), lastModified: newest },
    { url: absoluteUrl("/pmo-types") },
    { url: absoluteUrl("/self-check") },
    { url: absoluteUrl("/tools/pay") },
    { url: absoluteUrl("/paths") },
    { url: absoluteUrl("/certifications") },
    ...paths.map((path) => ({ url: absoluteUrl(`/paths/${path.slug}`) })),
    ...certifications.map((certification) => ({ url: absoluteUrl(`/certifications/${certification.slug}`) })),
    ...guides.map((guide) => ({ url: absoluteUrl(`/guides/${guide.slug}`), lastModified: guide.updated })),
    ...Object.keys(guideCategories).map((category) => ({ url: absoluteUrl(`/guides/category/${category}`) })),
    // Only real, open listings: samples are fictional (noindex, no JobPosting).
    ...listings.map((listing) => ({ url: absoluteUrl(`/listings/${listing.id}`), lastModified: listing.updatedAt })),
    ...allTags(guides).map(({ tag }) => ({ url: absoluteUrl(`/guides/tags/${encodeURIComponent(tag)}`) })),
  ];
}
