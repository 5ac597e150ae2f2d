import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devMailOutbox, users } from "@/db/schema";
import { buildAccountExport, toExportRow, type AccountExport } from "./export-format";
import { ownedTables } from "./owned-data";

/** Everything the user owns, as one JSON document; null when the user does not exist. */
export async function exportAccount(userId: string, now = new Date()): Promise<AccountExport | null> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const tables: AccountExport["tables"] = {};
  for (const owned of ownedTables) {
    const rows = (await db.select().from(owned.table).where(eq(owned.userId, userId))) as Record<string, unknown>[];
    tables[owned.name] = rows.map((row) => toExportRow(row, owned.omit));
  }
  return buildAccountExport(user, tables, now);
}

/**
 * Deletes the user and every row they own in one transaction: either all of it goes or none.
 * Rows are deleted explicitly rather than left to ON DELETE CASCADE, so a table added later
 * without a cascade still cannot keep a deleted user's data (the integration test checks both).
 */
export async function deleteAccount(userId: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
    if (!user) return false;
    for (const owned of ownedTables) {
      await tx.delete(owned.table).where(eq(owned.userId, userId));
    }
    // Development outbox mail addressed to them is theirs too.
    await tx.delete(devMailOutbox).where(eq(devMailOutbox.to, user.email));
    await tx.delete(users).where(eq(users.id, userId));
    return true;
  });
}
