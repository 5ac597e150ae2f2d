import { loadCollection, loadedOnce } from "@/lib/content/collection";
import type { TocEntry } from "@/lib/content/markdown";
import { guideFrontMatterSchema, type GuideFrontMatter } from "./schema";

export interface Guide extends GuideFrontMatter {
  slug: string;
  html: string;
  toc: TocEntry[];
  plainText: string;
  links: string[];
  readingMinutes: number;
}

/** Japanese prose reads at roughly 500 characters a minute. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(text.replace(/\s/g, "").length / 500));
}

async function loadGuides(): Promise<Guide[]> {
  const guides = (await loadCollection("guides", guideFrontMatterSchema)).map((guide) => ({ ...guide, readingMinutes: readingMinutes(guide.plainText) }));
  return guides.sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
}

/** Every guide, newest first. Read once per process. */
export const getGuides = loadedOnce(loadGuides);

export async function getGuide(slug: string): Promise<Guide | null> {
  return (await getGuides()).find((guide) => guide.slug === slug) ?? null;
}

/** Related guides: the author's picks first, then others of the same category, up to `limit`. */
export function relatedGuides(guide: Guide, all: Guide[], limit = 4): Guide[] {
  const picked = guide.related.map((slug) => all.find((other) => other.slug === slug)).filter((other): other is Guide => !!other);
  const sameCategory = all.filter((other) => other.category === guide.category && other.slug !== guide.slug && !guide.related.includes(other.slug));
  return [...picked, ...sameCategory].slice(0, limit);
}

export function allTags(guides: Guide[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const guide of guides) for (const tag of guide.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, "ja"));
}
