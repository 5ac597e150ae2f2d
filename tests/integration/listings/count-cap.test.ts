import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { COUNT_CAP, parseListingFilters } from "@/lib/listings/filters";
import { importListingFile } from "@/lib/listings/importer";
import { countListings, searchListings, setListingOpen } from "@/lib/listings/queries";
import { generateListingRows } from "@/lib/listings/sample-generator";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";

describe.each(drivers)("large result sets on %s", (driver) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
    const rows = generateListingRows(COUNT_CAP + 300, { seed: 3, idPrefix: "cap" }).map((row) => ({ ...row, status: "open" }));
    const report = await importListingFile(test.database.db, JSON.stringify(rows), { fileName: "cap.json", source: "test" });
    expect(report.applied).toBe(true);
  });
  afterAll(() => test.drop());

  it(`counts exactly up to ${COUNT_CAP} and then says there are more`, async () => {
    expect(await countListings(parseListingFilters({}))).toEqual({ total: COUNT_CAP, capped: true });
    const few = await countListings(parseListingFilters({ industry: "insurance", level: "manager", workStyle: "onsite" }));
    expect(few.capped).toBe(false);
    expect(few.total).toBeLessThan(COUNT_CAP);
  });

  it("serves the last page within the cap in order", async () => {
    const last = await searchListings(parseListingFilters({ page: String(COUNT_CAP / 20) }));
    expect(last.rows).toHaveLength(20);
    const dates = last.rows.map((row) => row.postedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("drops a listing from open searches when it closes, and brings it back when it reopens", async () => {
    const filters = parseListingFilters({ industry: "logistics", level: "assistant" });
    const before = await searchListings(filters);
    const target = before.rows[0]!;
    await setListingOpen(target.id, false);
    expect((await searchListings(filters)).rows.map((row) => row.id)).not.toContain(target.id);
    expect((await searchListings({ ...filters, includeClosed: true })).rows.map((row) => row.id)).toContain(target.id);
    await setListingOpen(target.id, true);
    expect((await searchListings(filters)).rows.map((row) => row.id)).toContain(target.id);
  });
});
