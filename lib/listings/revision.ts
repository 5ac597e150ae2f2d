import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { listingRevision } from "@/db/schema";

/** Changes whenever any listing is inserted or updated, on any instance. */
export async function listingsRevision(): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ revision: listingRevision.revision }).from(listingRevision).limit(1);
  return String(row?.revision ?? 0);
}

/** Every write to listings calls this inside its transaction (see listingRevision). */
export async function bumpRevision(tx: Pick<Db, "insert">): Promise<void> {
  await tx
    .insert(listingRevision)
    .values({ id: 1, revision: 1 })
    .onConflictDoUpdate({ target: listingRevision.id, set: { revision: sql`${listingRevision.revision} + 1` } });
}
