import type { MetadataRoute } from "next";
import { allTags, getGuides } from "@/lib/guides/content";
import { guideCategories } from "@/lib/guides/schema";
import { absoluteUrl } from "@/lib/site/config";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const guides = await getGuides();
  const newest = guides.reduce((latest, guide) => (guide.updated > latest ? guide.updated : latest), "2026-01-01");
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    { url: absoluteUrl("/guides"), lastModified: newest },
    { url: absoluteUrl("/pmo-types") },
    { url: absoluteUrl("/self-check") },
    ...guides.map((guide) => ({ url: absoluteUrl(`/guides/${guide.slug}`), lastModified: guide.updated })),
    ...Object.keys(guideCategories).map((category) => ({ url: absoluteUrl(`/guides/category/${category}`) })),
    ...allTags(guides).map(({ tag }) => ({ url: absoluteUrl(`/guides/tags/${encodeURIComponent(tag)}`) })),
  ];
}
