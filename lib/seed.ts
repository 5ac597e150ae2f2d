import fs from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/db/client";
import { describeImportReport, importListingFile } from "@/lib/listings/importer";

/**
 * Each seeder loads shipped content through the same code an operator uses for real data,
 * and must be idempotent: seeding twice changes nothing.
 */
export type Seeder = { name: string; run(db: Db): Promise<string> };

const sampleListings: Seeder = {
  name: "sample listings",
  async run(db) {
    const file = path.join(process.cwd(), "content", "listings", "sample-listings.json");
    const report = await importListingFile(db, await fs.readFile(file, "utf8"), { fileName: file, source: "sample", isSample: true });
    if (!report.applied) throw new Error(`The shipped sample listings do not import:\n${describeImportReport(report).join("\n")}`);
    return describeImportReport(report).join(" ");
  },
};

const seeders: Seeder[] = [sampleListings];

export async function seedDatabase(db: Db, log: (line: string) => void = () => {}): Promise<void> {
  for (const seeder of seeders) {
    log(`${seeder.name}: ${await seeder.run(db)}`);
  }
}
