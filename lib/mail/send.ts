import "server-only";
import { mailMode, readEnv } from "@/lib/env";
import { keepInOutbox } from "./queries";

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
    await keepInOutbox(mail);
    return true;
  }
  const { createTransport } = await import("nodemailer");
  const env = readEnv();
  await createTransport(env.SMTP_URL).sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body });
  return true;
}

