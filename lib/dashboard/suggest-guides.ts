import type { GuideFrontMatter } from "@/lib/guides/schema";

export interface GuideSummary extends Pick<GuideFrontMatter, "title" | "description" | "pmoTypes" | "certifications" | "paths" | "featured"> {
  slug: string;
}

export interface SuggestionSignals {
  /** The PMO type of the latest self-check, if any. */
  bestType: string | null;
  /** content/paths slugs the user's plans started from. */
  pathSlugs: string[];
  /** Certifications the user tracks. */
  certificationSlugs: string[];
  /** Guides already read (guide_reads). */
  readSlugs: string[];
}

/**
 * Guides worth reading next: ones about the user's PMO type, career path and certifications
 * score highest, featured guides break ties, and guides already read are left out.
 */
export function suggestGuides<Guide extends GuideSummary>(guides: Guide[], signals: SuggestionSignals, limit = 3): Guide[] {
  const read = new Set(signals.readSlugs);
  const score = (guide: Guide) =>
    (signals.bestType && guide.pmoTypes.includes(signals.bestType as never) ? 3 : 0) +
    (guide.paths.some((slug) => signals.pathSlugs.includes(slug)) ? 2 : 0) +
    (guide.certifications.some((slug) => signals.certificationSlugs.includes(slug)) ? 2 : 0) +
    (guide.featured ? 1 : 0);
  return guides
    .filter((guide) => !read.has(guide.slug))
    .map((guide, index) => ({ guide, index, score: score(guide) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ guide }) => guide);
}
