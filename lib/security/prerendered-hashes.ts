import { readFileSync } from "node:fs";
import path from "node:path";

let pages: Record<string, string[]> | undefined;

function load(): Record<string, string[]> {
  try {
    return (JSON.parse(readFileSync(path.join(process.cwd(), ".next", "csp-hashes.json"), "utf8")) as { pages: Record<string, string[]> }).pages;
  } catch {
    // Without the file (a build that skipped scripts/csp-hashes.mjs), prerendered pages would
    // lose their scripts; say so once, loudly, rather than fail silently in the browser.
    console.error("csp: .next/csp-hashes.json is missing; run `npm run build` (it runs scripts/csp-hashes.mjs after next build)");
    return {};
  }
}

/** Hashes of the inline scripts of a prerendered page, or null when the page is rendered per request. */
export function prerenderedScriptHashes(pathname: string): string[] | null {
  pages ??= load();
  let route: string;
  try {
    route = decodeURIComponent(pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname);
  } catch {
    return null;
  }
  return pages[route] ?? null;
}
