import "server-only";
import { mailMode, readEnv } from "@/lib/env";
import { keepInOutbox } from "./queries";

export interface Mail {
  to: string;
  subject: string;
  body: string;
  /** Extra headers, such as List-Unsubscribe; the development outbox keeps only the body. */
  headers?: Record<string, string>;
}

/** Sends by SMTP, or keeps the mail in the development outbox; false when mail is not configured. */
export async function sendMail(mail: Mail): Promise<boolean> {
  const mode = mailMode();
  if (mode === "none") return false;
  if (mode === "outbox") {
    await keepInOutbox({ to: mail.to, subject: mail.subject, body: mail.body });
    return true;
  }
  const { createTransport } = await import("nodemailer");
  const env = readEnv();
  await createTransport(env.SMTP_URL).sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body, headers: mail.headers });
  return true;
}


/**
 * Sends without making the request wait for an SMTP round trip, so a page that mails only some
 * addresses (registered ones, say) answers in the same time for all. The outbox is written at once.
 */
export async function sendMailInBackground(mail: Mail): Promise<void> {
  const delivery = sendMail(mail);
  if (mailMode() === "smtp") void delivery.catch((error: unknown) => console.error(`Mail "${mail.subject}" failed`, error));
  else await delivery;
}
