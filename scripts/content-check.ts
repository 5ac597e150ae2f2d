// Lists facts whose checked date is more than 12 months old and sources that are bare home pages.
// Informational: it always exits 0, so the passing of time never fails CI. Usage: npm run content:check [-- --today=YYYY-MM-DD]
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { isExactPage, isStale } from "@/lib/content/sources";
import { payFigures } from "@/lib/pay/figures";
import { payRules, payRulesYear } from "@/lib/pay/rules";

interface Dated {
  where: string;
  label: string;
  url?: string;
  checked: string;
}

const todayArg = process.argv.find((arg) => arg.startsWith("--today="));
const today = todayArg ? todayArg.slice("--today=".length) : new Date().toISOString().slice(0, 10);

function frontMatterSources(folder: string): Dated[] {
  const directory = path.join(process.cwd(), "content", folder);
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .flatMap((name) => {
      const data = matter(fs.readFileSync(path.join(directory, name), "utf8")).data as { sources?: Dated[]; unverified?: { fact: string; checked: string }[] };
      const where = `content/${folder}/${name}`;
      return [
        ...(data.sources ?? []).map((source) => ({ ...source, where })),
        ...(data.unverified ?? []).map((item) => ({ where, label: `未確認: ${item.fact}`, checked: item.checked })),
      ];
    });
}

const items: Dated[] = [
  ...frontMatterSources("certifications"),
  ...frontMatterSources("paths"),
  ...payFigures.map((figure) => ({
    where: "content/data/pay.json",
    label: figure.label,
    url: figure.source?.url,
    checked: figure.source?.checked ?? figure.searched ?? "",
  })),
  // The calculator's rates: each source read, and for an unverified rule the day it was searched for.
  ...payRules.flatMap((rule) => [
    ...rule.sources.map((source) => ({ where: "content/data/pay-rules-2026.json", label: `${rule.label}: ${source.label}`, url: source.url, checked: source.checked })),
    ...(rule.status === "unverified" ? [{ where: "content/data/pay-rules-2026.json", label: `未確認: ${rule.label}`, checked: payRulesYear.searched }] : []),
  ]),
];

const stale = items.filter((item) => item.checked && isStale(item.checked, today));
const bare = items.filter((item) => item.url && !isExactPage(item.url));

console.log(`content:check (today ${today}): ${items.length} dated facts and sources`);
console.log(`\nChecked more than 12 months ago: ${stale.length}`);
for (const item of stale) console.log(`  ${item.checked}  ${item.where}  ${item.label}`);
console.log(`\nSources that are a bare home page: ${bare.length}`);
for (const item of bare) console.log(`  ${item.url}  ${item.where}  ${item.label}`);
