import { normalizeForSearch, searchTerms } from "@/lib/listings/search/japanese";
import type { Guide } from "./content";

export interface GuideHit {
  guide: Guide;
  score: number;
  snippet: string;
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

function snippetAround(text: string, term: string, radius = 60): string {
  const at = normalizeForSearch(text).indexOf(term);
  if (at === -1) return text.slice(0, radius * 2);
  const start = Math.max(0, at - radius);
  return `${start > 0 ? "…" : ""}${text.slice(start, at + term.length + radius).replace(/\s+/g, " ")}…`;
}

/**
 * Every term must appear in the title, description, tags or body. Substring matching finds
 * two-character words (金融, 議事) that token-based search misses. Title hits rank first.
 */
export function searchGuides(guides: Guide[], query: string): GuideHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const hits: GuideHit[] = [];
  for (const guide of guides) {
    const title = normalizeForSearch(guide.title);
    const summary = normalizeForSearch(`${guide.description} ${guide.tags.join(" ")}`);
    const body = normalizeForSearch(guide.plainText);
    let score = 0;
    for (const term of terms) {
      const inBody = occurrences(body, term);
      if (!title.includes(term) && !summary.includes(term) && inBody === 0) {
        score = 0;
        break;
      }
      score += (title.includes(term) ? 20 : 0) + (summary.includes(term) ? 8 : 0) + Math.min(inBody, 10);
    }
    if (score > 0) hits.push({ guide, score, snippet: snippetAround(guide.plainText, terms[0]!) });
  }
  return hits.sort((a, b) => b.score - a.score || b.guide.published.localeCompare(a.guide.published));
}
