import type { MetadataRoute } from "next";
import { getCertifications } from "@/lib/certifications/catalogue";
import { allTags, getGuides } from "@/lib/guides/content";
import { getCareerPaths } from "@/lib/paths/catalogue";
import { guideCategories } from "@/lib/guides/schema";
import { absoluteUrl } from "@/lib/site/config";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [guides, paths, certifications] = await Promise.all([getGuides(), getCareerPaths(), getCertifications()]);
  const newest = guides.reduce((latest, guide) => (guide.updated > latest ? guide.updated : latest), "2026-01-01");
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    { url: absoluteUrl("/guides"), lastModified: newest },
    { url: absoluteUrl("/pmo-types") },
    { url: absoluteUrl("/self-check") },
    { url: absoluteUrl("/paths") },
    { url: absoluteUrl("/certifications") },
    ...paths.map((path) => ({ url: absoluteUrl(`/paths/${path.slug}`) })),
    ...certifications.map((certification) => ({ url: absoluteUrl(`/certifications/${certification.slug}`) })),
    ...guides.map((guide) => ({ url: absoluteUrl(`/guides/${guide.slug}`), lastModified: guide.updated })),
    ...Object.keys(guideCategories).map((category) => ({ url: absoluteUrl(`/guides/category/${category}`) })),
    ...allTags(guides).map(({ tag }) => ({ url: absoluteUrl(`/guides/tags/${encodeURIComponent(tag)}`) })),
  ];
}
