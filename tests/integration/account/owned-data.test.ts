import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { deleteAccount, exportAccount } from "@/lib/account/queries";
import { checkPasswordWithLimits } from "@/lib/auth/password-check";
import { ownedTables } from "@/lib/account/owned-data";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";
import { asJson, listingRow } from "../support/listing-rows";
import { importListingFile } from "@/lib/listings/importer";
import { seedOwnedRows } from "./support/owned-rows";

type Rows = Record<string, unknown>[];

async function rowsOf(db: Db, query: ReturnType<typeof sql>): Promise<Rows> {
  const result = (await db.execute(query)) as unknown as Rows | { rows: Rows };
  return Array.isArray(result) ? result : result.rows;
}

/** Every table in the schema with a user_id column, found from the catalogue rather than from our code. */
async function tablesWithUserId(db: Db): Promise<string[]> {
  const rows = await rowsOf(
    db,
    sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'user_id' order by table_name`,
  );
  return rows.map((row) => String(row.table_name));
}

async function countOwned(db: Db, table: string, userId: string): Promise<number> {
  const [row] = await rowsOf(db, sql`select count(*)::int as n from ${sql.identifier(table)} where user_id = ${userId}`);
  return Number(row?.n);
}

describe.each(drivers)("account export and deletion on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  let bob: string;
  let discovered: string[];

  beforeAll(async () => {
    ({ test, alice, bob } = await openWithTwoUsers(driver));
    const db = test.database.db;
    await importListingFile(db, asJson([listingRow("own-1"), listingRow("own-2")]), { fileName: "o.json", source: "test" });
    discovered = await tablesWithUserId(db);
    await seedOwnedRows(db, alice, "a");
    await seedOwnedRows(db, bob, "b");
  });
  afterAll(() => test.drop());

  it("knows every table that has a user_id column", () => {
    expect(discovered.length).toBeGreaterThanOrEqual(11);
    expect(ownedTables.map((owned) => owned.name).sort()).toEqual([...discovered].sort());
  });

  it("exports every row the user owns and nothing of anyone else's", async () => {
    const exported = await exportAccount(alice);
    expect(exported?.user).toMatchObject({ id: alice, email: "alice@example.com", name: "Alice" });
    expect(JSON.stringify(exported)).not.toContain("passwordHash");
    for (const table of discovered) {
      const rows = exported!.tables[table];
      expect(rows, table).toBeDefined();
      expect(rows!.length, table).toBe(await countOwned(test.database.db, table, alice));
      expect(rows!.length, `${table} has test rows`).toBeGreaterThan(0);
      for (const row of rows!) expect(row.userId, table).toBe(alice);
    }
    expect(JSON.stringify(exported)).not.toContain(bob);
    expect(JSON.stringify(exported)).not.toContain("tokenHash");
  });

  it("deletes the user and every row they own, leaving other users untouched", async () => {
    // Sign-in attempts leave rate-limit buckets naming each address.
    for (const email of ["alice@example.com", "bob@example.com"]) {
      await checkPasswordWithLimits(email, "wrong-password", "198.51.100.5");
    }
    const bucketsNaming = async (email: string) =>
      Number((await rowsOf(test.database.db, sql`select count(*)::int as n from rate_limit_buckets where key like ${`%${email}%`}`))[0]?.n);
    expect(await bucketsNaming("alice@example.com")).toBeGreaterThan(0);
    const bobBuckets = await bucketsNaming("bob@example.com");
    const bobBefore = await Promise.all(discovered.map((table) => countOwned(test.database.db, table, bob)));
    expect(await deleteAccount(alice)).toBe(true);
    for (const table of discovered) expect(await countOwned(test.database.db, table, alice), table).toBe(0);
    const [user] = await rowsOf(test.database.db, sql`select count(*)::int as n from users where id = ${alice}`);
    expect(Number(user?.n)).toBe(0);
    expect(await Promise.all(discovered.map((table) => countOwned(test.database.db, table, bob)))).toEqual(bobBefore);
    expect(await exportAccount(alice)).toBeNull();
    expect(await deleteAccount(alice)).toBe(false);
    expect(await bucketsNaming("alice@example.com")).toBe(0);
    expect(await bucketsNaming("bob@example.com")).toBe(bobBuckets);
  });
});
