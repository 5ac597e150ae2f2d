// Writes content/listings/sample-listings.json: 180 fictional listings from the seeded generator.
// Usage: npx tsx scripts/generate-sample-listings.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateListingRows } from "@/scripts/sample-listings/generator";

const target = path.join(process.cwd(), "content/listings/sample-listings.json");
const listings = generateListingRows(180, { seed: 20261120 });

await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, `${JSON.stringify({ note: "サンプルデータ（架空の求人・案件です）", listings }, null, 2)}\n`, "utf8");
console.log(`Wrote ${listings.length} listings to ${path.relative(process.cwd(), target)}`);
