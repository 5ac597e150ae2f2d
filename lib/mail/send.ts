import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devMailOutbox, type DevMail } from "@/db/schema";
import { mailMode, readEnv } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

/** Sends by SMTP, or keeps the mail in the development outbox; false when mail is not configured. */
export async function sendMail(mail: Mail): Promise<boolean> {
  const mode = mailMode();
  if (mode === "none") return false;
  if (mode === "outbox") {
    const db = await getDb();
    await db.insert(devMailOutbox).values(mail);
    return true;
  }
  const { createTransport } = await import("nodemailer");
  const env = readEnv();
  await createTransport(env.SMTP_URL).sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body });
  return true;
}

/** The newest outbox mail first, for /dev/mailbox. */
export async function listOutbox(limit = 50): Promise<DevMail[]> {
  const db = await getDb();
  return db.select().from(devMailOutbox).orderBy(desc(devMailOutbox.createdAt)).limit(limit);
}
