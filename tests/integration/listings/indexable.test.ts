import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { importListingFile } from "@/lib/listings/importer";
import { getIndexableListings } from "@/lib/listings/queries";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";
import { asJson, listingRow } from "../support/listing-rows";

describe.each(drivers)("listings for the sitemap on %s", (driver) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
  });
  afterAll(() => test.drop());

  it("lists open listings an operator imported, never samples or closed ones", async () => {
    const db = test.database.db;
    await importListingFile(db, asJson([listingRow("sample-1")]), { fileName: "s.json", source: "sample", isSample: true });
    const operator = asJson([listingRow("real-1"), listingRow("real-2", { status: "closed" })]);
    expect((await importListingFile(db, operator, { fileName: "r.json", source: "partner" })).counts?.inserted).toBe(2);
    const indexable = await getIndexableListings();
    expect(indexable).toHaveLength(1);
    const [row] = await db.query.listings.findMany({ where: (listing, { eq }) => eq(listing.id, indexable[0]!.id) });
    expect(row?.externalId).toBe("real-1");
  });
});
