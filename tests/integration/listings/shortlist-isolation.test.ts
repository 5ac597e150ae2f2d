import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listings } from "@/db/schema";
import { addBookmark, bookmarkedListingIds, listBookmarks, removeBookmark, setBookmarkNote, setBookmarkStatus } from "@/lib/bookmarks/queries";
import { importListingFile } from "@/lib/listings/importer";
import { setListingOpen } from "@/lib/listings/queries";
import { createSavedSearch, deleteSavedSearch, listSavedSearches, openSavedSearch } from "@/lib/saved-searches/queries";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";
import { asJson, listingRow } from "../support/listing-rows";

describe.each(drivers)("shortlists and saved searches on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  let bob: string;
  let listingId: string;

  async function idOf(externalId: string) {
    const [row] = await test.database.db.select({ id: listings.id }).from(listings).where(eq(listings.externalId, externalId));
    return row!.id;
  }

  beforeAll(async () => {
    ({ test, alice, bob } = await openWithTwoUsers(driver));
    await importListingFile(test.database.db, asJson([listingRow("s-1", { industry: "finance", title: "証券会社のPMO" })]), { fileName: "s.json", source: "test" });
    listingId = await idOf("s-1");
  });
  afterAll(() => test.drop());

  it("keeps one bookmark per user and listing, with a status history", async () => {
    expect(await addBookmark(alice, listingId)).toBe(true);
    expect(await addBookmark(alice, listingId)).toBe(true);
    expect(await addBookmark(alice, "00000000-0000-0000-0000-000000000000")).toBe(false);
    const [entry] = await listBookmarks(alice);
    expect((await listBookmarks(alice)).length).toBe(1);
    expect(entry?.status).toBe("saved");

    const moved = await setBookmarkStatus(alice, entry!.id, "applied");
    expect(moved?.status).toBe("applied");
    expect(Object.keys(moved!.statusHistory).sort()).toEqual(["applied", "saved"]);
    const firstApplied = moved!.statusHistory.applied;
    await setBookmarkStatus(alice, entry!.id, "interviewing");
    const again = await setBookmarkStatus(alice, entry!.id, "applied");
    expect(again?.statusHistory.applied).toBe(firstApplied);
  });

  it("never lets another user read or change a bookmark or its note", async () => {
    const [entry] = await listBookmarks(alice);
    await setBookmarkNote(alice, entry!.id, "一次面談は12/3");
    expect(await listBookmarks(bob)).toEqual([]);
    expect(await bookmarkedListingIds(bob, [listingId])).toEqual(new Set());
    expect(await setBookmarkStatus(bob, entry!.id, "declined")).toBeNull();
    expect(await setBookmarkNote(bob, entry!.id, "上書き")).toBeNull();
    await removeBookmark(bob, listingId);
    const [unchanged] = await listBookmarks(alice);
    expect(unchanged).toMatchObject({ status: "applied", note: "一次面談は12/3" });
  });

  it("keeps a bookmark when its listing closes, and the listing cannot be deleted under it", async () => {
    await setListingOpen(listingId, false);
    const [entry] = await listBookmarks(alice);
    expect(entry?.listing.isOpen).toBe(false);
    await expect(test.database.db.delete(listings).where(eq(listings.id, listingId))).rejects.toThrow();
    expect((await listBookmarks(alice)).length).toBe(1);
    await setListingOpen(listingId, true);
  });

  it("counts new listings for a saved search until it is opened, and only for its owner", async () => {
    const search = await createSavedSearch(alice, "金融", "q=%E9%87%91%E8%9E%8D");
    expect((await listSavedSearches(alice))[0]?.newCount).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await importListingFile(test.database.db, asJson([listingRow("s-2", { industry: "finance", title: "金融機関のPMO", description: "金融機関の基幹システム刷新で進捗管理を担うPMOです。" }), listingRow("s-3")]), {
      fileName: "s.json",
      source: "test",
    });
    expect((await listSavedSearches(alice))[0]?.newCount).toBe(1);

    expect(await listSavedSearches(bob)).toEqual([]);
    expect(await openSavedSearch(bob, search!.id)).toBeNull();
    expect(await deleteSavedSearch(bob, search!.id)).toBe(false);
    expect((await listSavedSearches(alice))[0]?.newCount).toBe(1);

    expect(await openSavedSearch(alice, search!.id)).toBe("q=%E9%87%91%E8%9E%8D");
    expect((await listSavedSearches(alice))[0]?.newCount).toBe(0);
    expect(await deleteSavedSearch(alice, search!.id)).toBe(true);
  });
});
