import type { PmoTypeSlug } from "@/lib/pmo-types/data";
import type { SelfCheckResult } from "./scoring";

type RecommendablePath = { slug: string; from: string; pmoTypes: PmoTypeSlug[] };

/** A path into PMO work (from outside it) rather than a step onward from a PMO role. */
const isEntryPath = (path: Pick<RecommendablePath, "from">) => !path.from.includes("PMO");

/**
 * Career paths to suggest after a self-check: ranked by how well the reader fits the PMO types each
 * path uses (the best type breaks ties). A reader still weighing PMO work (a lower suitability
 * band) sees only ways in; a strong fit sees ways onward too.
 */
export function recommendPaths<Path extends RecommendablePath>(result: Pick<SelfCheckResult, "band" | "bestType" | "typeScores">, paths: Path[], count = 3): Path[] {
  const entryOnly = result.band === "careful" || result.band === "developing";
  const fit = (path: Path) =>
    path.pmoTypes.length === 0 ? 0 : path.pmoTypes.reduce((sum, type) => sum + result.typeScores[type], 0) / path.pmoTypes.length + (path.pmoTypes.includes(result.bestType) ? 10 : 0);
  return paths
    .filter((path) => !entryOnly || isEntryPath(path))
    .map((path, index) => ({ path, index, score: fit(path) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, entryOnly ? Math.min(count, 2) : count)
    .map(({ path }) => path);
}
