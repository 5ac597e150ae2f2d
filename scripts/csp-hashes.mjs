// After `next build`: the SHA-256 of every inline script of each prerendered page, written to
// .next/csp-hashes.json. proxy.ts sends them as that page's script-src, so static pages need no
// nonce (which would force dynamic rendering) and no 'unsafe-inline' (lib/security/csp.ts).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const appDir = path.join(".next", "server", "app");
const manifest = JSON.parse(readFileSync(path.join(".next", "prerender-manifest.json"), "utf8"));
const inlineScript = /<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g;

/** Hashes of the scripts a browser would run: no src, and no data blocks such as JSON-LD. */
function scriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(inlineScript)) {
    if (/\ssrc=/.test(attributes)) continue;
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
    if (type && type !== "text/javascript" && type !== "module") continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

const pages = {};
for (const route of Object.keys(manifest.routes)) {
  const file = path.join(appDir, `${route === "/" ? "/index" : route}.html`);
  if (existsSync(file)) pages[route] = scriptHashes(readFileSync(file, "utf8"));
}
writeFileSync(path.join(".next", "csp-hashes.json"), JSON.stringify({ pages }));
console.log(`csp-hashes: inline script hashes for ${Object.keys(pages).length} prerendered pages`);
