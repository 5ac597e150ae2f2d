import "server-only";
import { now } from "@/lib/clock";
import { mailMode } from "@/lib/env";
import { sendMail, type Mail } from "@/lib/mail/send";
import { collectDueReminders } from "./collect";
import { japanHour } from "./lead-times";
import { reminderMail } from "./mail";
import { claimDueMails, markMailFailed, markMailSent } from "./queries";
import { SEND_HOUR_JST } from "./vocabulary";

const MINUTE_MS = 60 * 1000;
/** How often the scheduler wakes; reminders are dated by day, so a few minutes late is on time. */
export const TICK_MS = 5 * MINUTE_MS;
/** A claimed mail whose sender died is taken over after this long. */
export const SEND_LEASE_MS = 10 * MINUTE_MS;
/** Waits after failed attempts 1, 2, 3 …; after the last, the mail is given up (status failed). */
export const RETRY_DELAYS_MS = [1, 5, 30, 120, 720].map((minutes) => minutes * MINUTE_MS);
const BATCH = 50;

/**
 * Sends what is due: claims a batch, sends each, records each. Only a crash between the SMTP server
 * accepting a mail and markMailSent can send that mail twice (at-least-once delivery).
 */
export async function deliverDueMails(at: Date, send: (mail: Mail) => Promise<boolean> = sendMail): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  if (mailMode() === "none") return result;
  for (const claimed of await claimDueMails(at, SEND_LEASE_MS, BATCH)) {
    try {
      if (!(await send(reminderMail(claimed)))) throw new Error("mail is not configured");
      await markMailSent(claimed.id, now());
      result.sent += 1;
    } catch (error) {
      const delay = RETRY_DELAYS_MS[claimed.attempts - 1];
      await markMailFailed(claimed.id, error instanceof Error ? error.message : String(error), delay === undefined ? null : new Date(at.getTime() + delay));
      result.failed += 1;
    }
  }
  return result;
}

/** One run: from 8:00 Japan time today's reminders are made, then whatever mail is due goes out. */
export async function runReminderTick(at: Date = now(), send?: (mail: Mail) => Promise<boolean>) {
  const added = japanHour(at) >= SEND_HOUR_JST ? await collectDueReminders(at) : 0;
  return { added, ...(await deliverDueMails(at, send)) };
}

let running = false;

/** Started once per server process (lib/startup.ts). Several processes may run it: keys and SKIP LOCKED keep each mail single. */
export function scheduleReminders(): void {
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runReminderTick();
    } catch (error) {
      console.error("The reminder run failed; the next one will try again.", error);
    } finally {
      running = false;
    }
  };
  void tick();
  setInterval(tick, TICK_MS).unref();
}
