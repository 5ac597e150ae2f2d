import { and, count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { listings } from "@/db/schema";
import { MAX_PAGE, parseListingFilters, type RawParams } from "@/lib/listings/search/filters";
import { importListingFile } from "@/lib/listings/importer";
import { setListingOpen } from "@/lib/listings/queries";
import { listingConditions, sortColumns } from "@/lib/listings/search/conditions";
import { EXACT_COUNT_LIMIT } from "@/lib/listings/search/count-estimate";
import { countListings, SEARCH_WINDOW_ROWS, searchListings } from "@/lib/listings/search/queries";
import { summaryColumns } from "@/lib/listings/search/summary";
import { generateListingRows } from "@/scripts/sample-listings/generator";
import { createTestDatabase, drivers, type TestDatabase } from "../../support/databases";

describe.each(drivers)("large result sets on %s", (driver) => {
  let test: TestDatabase;
  const exactly = async (params: RawParams) =>
    (await test.database.db.select({ value: count() }).from(listings).where(and(...listingConditions(parseListingFilters(params)))))[0]!.value;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
    // Enough open listings to fill the deepest page (MAX_PAGE × 20), pass the exact-count limit, and
    // outgrow the window that keyword searches read in sort order (so both of their paths run).
    const rows = generateListingRows(Math.max(EXACT_COUNT_LIMIT * 2, MAX_PAGE * 20 + 300, SEARCH_WINDOW_ROWS * 2), { seed: 3, idPrefix: "cap" });
    const report = await importListingFile(test.database.db, JSON.stringify(rows), { fileName: "cap.json", source: "test" });
    expect(report.applied).toBe(true);
  });
  afterAll(() => test.drop());

  it("estimates a broad result (shown as 約) close to the real count", async () => {
    const broad = await countListings(parseListingFilters({}));
    const real = await exactly({});
    expect(real).toBeGreaterThan(EXACT_COUNT_LIMIT);
    expect(broad.precision).toBe("about");
    expect(Math.abs(broad.total - real) / real).toBeLessThan(0.3);
  });

  it("counts a narrow result exactly", async () => {
    const params = { industry: "insurance", level: "manager" };
    expect(await countListings(parseListingFilters(params))).toEqual({ total: await exactly(params), precision: "exact" });
  });

  it("knows the exact total on the last page, and serves the deepest page in order", async () => {
    const filters = { q: "保険", workStyle: "onsite" };
    const real = await exactly(filters);
    expect(await searchListings(parseListingFilters(filters))).toMatchObject({ total: real, precision: "exact" });
    const deepest = await searchListings(parseListingFilters({ page: String(MAX_PAGE) }));
    expect(deepest.rows).toHaveLength(20);
    const dates = deepest.rows.map((row) => row.postedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("gives the same keyword pages whether it reads rows in sort order or asks the index", async () => {
    const throughIndex = async (params: RawParams) => {
      const filters = parseListingFilters(params);
      return test.database.db
        .select(summaryColumns)
        .from(listings)
        .where(and(...listingConditions(filters)))
        .orderBy(...sortColumns(filters))
        .limit(20)
        .offset((filters.page - 1) * 20);
    };
    // Common words (read from the first rows in order), rarer ones (through the index), with filters.
    const searches = [{ q: "PMO" }, { q: "金融" }, { q: "議事録", sort: "pay" }, { q: "PMO", page: "3" }, { q: "SAP" }, { q: "金融 リスク", workStyle: "full-remote" }, { q: "ほけん", maxDays: "3" }];
    for (const params of searches) {
      const found = await searchListings(parseListingFilters(params));
      // Same rows, in the same order and the same shape (dates as strings, numbers, booleans).
      expect(found.rows, JSON.stringify(params)).toEqual(await throughIndex(params));
      const real = await exactly(params);
      if (found.precision === "about") expect(Math.abs(found.total - real) / real, JSON.stringify(params)).toBeLessThan(0.3);
      else if (found.precision === "exact") expect(found.total, JSON.stringify(params)).toBe(real);
    }
  });

  it("drops a listing from open searches when it closes, and brings it back when it reopens", async () => {
    const filters = parseListingFilters({ industry: "logistics", level: "member" });
    const target = (await searchListings(filters)).rows[0]!;
    await setListingOpen(target.id, false);
    expect((await searchListings(filters)).rows.map((row) => row.id)).not.toContain(target.id);
    expect((await searchListings({ ...filters, includeClosed: true })).rows.map((row) => row.id)).toContain(target.id);
    await setListingOpen(target.id, true);
    expect((await searchListings(filters)).rows.map((row) => row.id)).toContain(target.id);
  });

  it("never serves a cached search after a write, even one made through another client", async () => {
    const filters = parseListingFilters({ q: "キャッシュ確認" });
    expect((await searchListings(filters)).rows).toEqual([]);
    const writer = driver === "postgres" ? await test.openAnotherClient() : test.database;
    setActiveDatabase(writer);
    const [row] = generateListingRows(1, { seed: 99, idPrefix: "cache" });
    await importListingFile(writer.db, JSON.stringify([{ ...row, title: "キャッシュ確認用のPMO求人", status: "open" }]), { fileName: "c.json", source: "test" });
    setActiveDatabase(test.database);
    expect((await searchListings(filters)).rows.map((found) => found.title)).toEqual(["キャッシュ確認用のPMO求人"]);
  });
});
