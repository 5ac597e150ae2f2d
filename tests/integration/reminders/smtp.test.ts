import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { trackCertification, updateTracked } from "@/lib/certifications/tracking/queries";
import { runReminderTick } from "@/lib/reminders/scheduler";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";

// A real SMTP server, started here, receives what the scheduler sends through nodemailer and SMTP_URL.
// Set before anything reads the environment (lib/env.ts reads it once per test file).
const port = 20_000 + Math.floor(Math.random() * 20_000);
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;

describe.each(drivers)("reminder mail over SMTP on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  const received: ParsedMail[] = [];
  let server: SMTPServer;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    ({ test, alice } = await openWithTwoUsers(driver));
    await test.database.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, alice));
  });
  afterAll(async () => {
    await test.drop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("delivers a Japanese plain-text reminder with one-click unsubscribe headers", async () => {
    const tracked = await trackCertification(alice, "ipa-pm");
    await updateTracked(alice, tracked.id, { status: "scheduled", examDate: "2027-10-18", resultDate: null, credentialId: "", expiresOn: null });
    received.length = 0;
    expect(await runReminderTick(new Date("2027-10-11T09:00:00+09:00"))).toMatchObject({ added: 1, sent: 1 });
    await expect.poll(() => received.length).toBe(1);
    const [mail] = received;
    expect(mail!.to).toMatchObject({ text: "alice@example.com" });
    expect(mail!.subject).toMatch(/^【PMOキャリアガイド】.+の試験は7日後です$/);
    expect(mail!.text).toContain("Alice 様");
    expect(mail!.text).toContain("受験日（2027年10月18日）まであと7日です。");
    expect(mail!.text).toMatch(/「試験日」のお知らせメールを止める（ログイン不要）:\nhttps?:\/\/\S+\/unsubscribe\?token=\S+/);
    // As the receiving server saw the headers (unfolded).
    const header = (name: string) => mail!.headerLines.find((line) => line.key === name)?.line.replace(/\r?\n\s+/g, " ");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header("list-unsubscribe")).toMatch(/^List-Unsubscribe: <https?:\/\/\S+\/api\/unsubscribe\?token=[\w.-]+>$/);
  });
});
