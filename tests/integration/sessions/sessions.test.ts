import type { JWT } from "@auth/core/jwt";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { userSessions } from "@/db/schema";
import { endTokenSession, renewToken, tokenForSignIn } from "@/lib/auth/session-token";
import { shiftClockTo } from "@/lib/clock";
import { endOtherSessions, endSession, listActiveSessions } from "@/lib/sessions/queries";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";

const chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
const day = 24 * 60 * 60 * 1000;

describe.each(drivers)("server-side sessions on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  let bob: string;
  const signIn = async (userId: string) => (await tokenForSignIn({}, userId, chrome))!;
  const rowOf = async (token: JWT) => (await test.database.db.select().from(userSessions).where(eq(userSessions.id, token.sessionId!)))[0]!;

  beforeAll(async () => {
    ({ test, alice, bob } = await openWithTwoUsers(driver));
  });
  afterEach(() => shiftClockTo(null));
  afterAll(() => test.drop());

  it("names a new session row in the token and renews it while the row is open", async () => {
    const token = await signIn(alice);
    expect(token).toMatchObject({ sub: alice, sessionVersion: 0 });
    expect(await rowOf(token)).toMatchObject({ userId: alice, userAgent: chrome, endedAt: null });
    expect(await renewToken(token)).toMatchObject({ sub: alice, sessionId: token.sessionId });
  });

  it("refuses a token that was signed out, even a copy of it", async () => {
    const token = await signIn(alice);
    const copy = { ...token };
    await endTokenSession(token);
    expect((await rowOf(token)).endedAt).not.toBeNull();
    expect(await renewToken(copy)).toBeNull();
  });

  it("refuses a token without a session, or with another user's session", async () => {
    const token = await signIn(alice);
    expect(await renewToken({ ...token, sessionId: undefined })).toBeNull();
    const bobs = await signIn(bob);
    expect(await renewToken({ ...token, sessionId: bobs.sessionId })).toBeNull();
  });

  it("refuses a session 30 days after sign-in though it was renewed every day, writing last seen at most every 5 minutes", async () => {
    const start = new Date(Date.UTC(2027, 0, 1, 9));
    shiftClockTo(start);
    const token = await signIn(alice);
    shiftClockTo(new Date(start.getTime() + 60_000));
    expect(await renewToken(token)).not.toBeNull();
    // (The shifted clock runs on, so times are compared within a few seconds.)
    expect((await rowOf(token)).lastSeenAt.getTime()).toBeLessThan(start.getTime() + 10_000);
    shiftClockTo(new Date(start.getTime() + 6 * 60_000));
    expect(await renewToken(token)).not.toBeNull();
    expect((await rowOf(token)).lastSeenAt.getTime()).toBeGreaterThanOrEqual(start.getTime() + 6 * 60_000);
    for (let days = 1; days < 30; days += 1) {
      shiftClockTo(new Date(start.getTime() + days * day));
      expect(await renewToken(token), `day ${days}`).not.toBeNull();
    }
    shiftClockTo(new Date(start.getTime() + 30 * day + 60_000));
    expect(await renewToken(token)).toBeNull();
    expect((await listActiveSessions(alice)).map((row) => row.id)).not.toContain(token.sessionId);
  });

  it("lists only the user's own open sessions, and ends them only for their owner", async () => {
    const [first, second] = [await signIn(alice), await signIn(alice)];
    const bobs = await signIn(bob);
    const listed = await listActiveSessions(alice);
    expect(listed.every((row) => row.userId === alice)).toBe(true);
    expect(listed.map((row) => row.id)).toEqual(expect.arrayContaining([first.sessionId, second.sessionId]));
    expect(listed.map((row) => row.id)).not.toContain(bobs.sessionId);
    const bobsList = await listActiveSessions(bob);
    expect(bobsList.every((row) => row.userId === bob)).toBe(true);
    expect(bobsList.map((row) => row.id)).toContain(bobs.sessionId);

    expect(await endSession(bob, first.sessionId!)).toBe(false);
    expect(await renewToken(first)).not.toBeNull();
    expect(await endSession(alice, first.sessionId!)).toBe(true);
    expect(await renewToken(first)).toBeNull();

    expect(await endOtherSessions(alice, second.sessionId!)).toBeGreaterThan(0);
    expect((await listActiveSessions(alice)).map((row) => row.id)).toEqual([second.sessionId]);
    expect(await renewToken(second)).not.toBeNull();
    expect(await renewToken(bobs)).not.toBeNull();
  });
});
