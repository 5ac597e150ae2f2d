import fs from "node:fs/promises";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { databaseLocation } from "@/lib/env";
import { describeImportReport, importListingFile } from "@/lib/listings/importer";

// Usage: npm run listings:import -- FILE.csv|FILE.json [--source NAME] [--allow-partial]
const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--") && args[args.indexOf(arg) - 1] !== "--source");
const sourceIndex = args.indexOf("--source");
if (!file) {
  console.error("Usage: npm run listings:import -- <file.csv|file.json> [--source NAME] [--allow-partial]");
  process.exit(2);
}
const source = (sourceIndex >= 0 ? args[sourceIndex + 1] : undefined) ?? path.basename(file).replace(/\.(csv|json)$/i, "");

const content = await fs.readFile(file, "utf8").catch(() => null);
if (content === null) {
  console.error(`Cannot read ${file}.`);
  process.exit(2);
}
const database = await openDatabase(databaseLocation());
try {
  const report = await importListingFile(database.db, content, { fileName: file, source, allowPartial: args.includes("--allow-partial") });
  for (const line of describeImportReport(report)) console.log(line);
  if (!report.applied) process.exitCode = 1;
} finally {
  await database.close();
}
