// Measures first-load JavaScript (gzipped) of pages of a running server.
// Usage: node scripts/bench/first-load-js.mjs http://127.0.0.1:3200 / /guides/pmo-types /sign-in
import { gzipSync } from "node:zlib";

const [base, ...paths] = process.argv.slice(2);
const sizes = new Map();

async function scriptSize(src) {
  if (!sizes.has(src)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    sizes.set(src, gzipSync(body, { level: 9 }).length);
  }
  return sizes.get(src);
}

const results = [];
for (const path of paths) {
  const html = await (await fetch(new URL(path, base))).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]);
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join("");
  let total = 0;
  for (const src of sources) total += await scriptSize(src);
  results.push({ path, scripts: sources.length, kb: +(total / 1024).toFixed(1), inlineKb: +(gzipSync(inline).length / 1024).toFixed(1), sources });
}
const shared = results.reduce((common, result) => common.filter((src) => result.sources.includes(src)), results[0]?.sources ?? []);
const sharedKb = shared.reduce((sum, src) => sum + sizes.get(src), 0) / 1024;
for (const { path, scripts, kb, inlineKb, sources } of results) {
  const own = sources.filter((src) => !shared.includes(src)).reduce((sum, src) => sum + sizes.get(src), 0) / 1024;
  console.log(`${path.padEnd(28)} ${String(scripts).padStart(2)} scripts  ${kb.toFixed(1).padStart(6)} KB gz  (page-only ${own.toFixed(1)} KB, inline RSC payload ${inlineKb} KB)`);
}
console.log(`shared by all measured pages: ${sharedKb.toFixed(1)} KB gz`);
