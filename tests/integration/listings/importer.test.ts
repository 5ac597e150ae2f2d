import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { listings } from "@/db/schema";
import { importListingFile } from "@/lib/listings/importer";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";
import { asJson, listingRow } from "../support/listing-rows";

describe.each(drivers)("listing importer on %s", (driver) => {
  let test: TestDatabase;
  const total = async () => (await test.database.db.select({ value: count() }).from(listings))[0]?.value;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
  });
  afterAll(() => test.drop());

  it("imports the shipped sample file, and a second run changes nothing", async () => {
    // The app seeds this file on start-up; a fresh test database has only what this test imports.
    const file = path.join(process.cwd(), "content", "listings", "sample-listings.json");
    const content = fs.readFileSync(file, "utf8");
    const first = await importListingFile(test.database.db, content, { fileName: file, source: "sample", isSample: true });
    expect(first.rejected).toEqual([]);
    expect(first.counts?.inserted).toBeGreaterThanOrEqual(150);
    const second = await importListingFile(test.database.db, content, { fileName: file, source: "sample", isSample: true });
    expect(second.counts).toEqual({ inserted: 0, updated: 0, unchanged: first.counts?.inserted });
    expect(await total()).toBe(first.counts?.inserted);
  });

  it("updates a changed row by external id and leaves the rest", async () => {
    const before = await total();
    const content = asJson([listingRow("op-1"), listingRow("op-2")]);
    expect((await importListingFile(test.database.db, content, { fileName: "a.json", source: "partner" })).counts).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    const changed = asJson([listingRow("op-1", { title: "基幹システム刷新のPMO（急募）" }), listingRow("op-2")]);
    expect((await importListingFile(test.database.db, changed, { fileName: "a.json", source: "partner" })).counts).toEqual({ inserted: 0, updated: 1, unchanged: 1 });
    const [row] = await test.database.db.select().from(listings).where(eq(listings.externalId, "op-1"));
    expect(row?.title).toBe("基幹システム刷新のPMO（急募）");
    expect(row?.searchText).toContain("急募");
    expect(await total()).toBe((before ?? 0) + 2);
  });

  it("applies nothing from a file with a bad row unless asked to import the good rows", async () => {
    const before = await total();
    const content = asJson([listingRow("mix-1"), listingRow("mix-2", { pay_min: 9_000_000, pay_max: 1_000 }), listingRow("mix-3")]);
    const strict = await importListingFile(test.database.db, content, { fileName: "mix.json", source: "partner" });
    expect(strict.applied).toBe(false);
    expect(strict.rejected).toEqual([{ row: 2, externalId: "mix-2", field: "pay_max", reason: "報酬の上限が下限より小さくなっています" }]);
    expect(await total()).toBe(before);

    const partial = await importListingFile(test.database.db, content, { fileName: "mix.json", source: "partner", allowPartial: true });
    expect(partial.applied).toBe(true);
    expect(partial.counts).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(await total()).toBe((before ?? 0) + 2);
  });

  it("reads CSV the same way", async () => {
    const header = Object.keys(listingRow("x")).join(",");
    const values = Object.values(listingRow("csv-1", { required_skills: ["Excel", "JIRA"] }))
      .map((value) => (Array.isArray(value) ? value.join("|") : (value ?? "")))
      .join(",");
    const report = await importListingFile(test.database.db, `${header}\r\n${values}\r\n`, { fileName: "partner.csv", source: "partner" });
    expect(report).toMatchObject({ format: "csv", applied: true, counts: { inserted: 1 } });
    const [row] = await test.database.db.select().from(listings).where(eq(listings.externalId, "csv-1"));
    expect(row?.requiredSkills).toEqual(["Excel", "JIRA"]);
  });
});
