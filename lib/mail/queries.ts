import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devMailOutbox, type DevMail } from "@/db/schema";

/** Keeps a mail in the development outbox shown at /dev/mailbox. */
export async function keepInOutbox(mail: Pick<DevMail, "to" | "subject" | "body">): Promise<void> {
  const db = await getDb();
  await db.insert(devMailOutbox).values(mail);
}

/** The newest outbox mail first, for /dev/mailbox (`to`: only mail to that address). */
export async function listOutbox(limit = 50, to?: string): Promise<DevMail[]> {
  const db = await getDb();
  return db
    .select()
    .from(devMailOutbox)
    .where(to ? eq(devMailOutbox.to, to) : undefined)
    .orderBy(desc(devMailOutbox.createdAt))
    .limit(limit);
}
