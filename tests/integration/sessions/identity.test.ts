import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { exportAccount } from "@/lib/account/queries";
import { tokenForSignIn } from "@/lib/auth/session-token";
import { now, shiftClockTo } from "@/lib/clock";
import { isIdentityFresh } from "@/lib/sessions/lifetime";
import { confirmIdentityWithToken, endSession, findOpenSession, issueIdentityToken } from "@/lib/sessions/queries";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";

const minute = 60 * 1000;

// 本人確認 for accounts without a password: the mailed link is bound to the session that asked for it.
describe.each(drivers)("本人確認 on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  let bob: string;
  const signIn = async (userId: string) => (await tokenForSignIn({}, userId, "test"))!.sessionId!;
  const freshNow = async (userId: string, sessionId: string) => isIdentityFresh((await findOpenSession(userId, sessionId))!, now());

  beforeAll(async () => {
    ({ test, alice, bob } = await openWithTwoUsers(driver));
  });
  afterEach(() => shiftClockTo(null));
  afterAll(() => test.drop());

  it("counts a sign-in as proof for 10 minutes, and a confirmed link for 10 minutes after it", async () => {
    const start = new Date(Date.UTC(2027, 2, 1, 9));
    shiftClockTo(start);
    const session = await signIn(alice);
    expect(await freshNow(alice, session)).toBe(true);
    shiftClockTo(new Date(start.getTime() + 11 * minute));
    expect(await freshNow(alice, session)).toBe(false);
    const token = (await issueIdentityToken(alice, session))!;
    expect(await confirmIdentityWithToken(alice, session, token)).toBe(true);
    expect(await freshNow(alice, session)).toBe(true);
    shiftClockTo(new Date(start.getTime() + 22 * minute));
    expect(await freshNow(alice, session)).toBe(false);
  });

  it("accepts the link only in the session that asked for it, only once", async () => {
    const asking = await signIn(alice);
    const otherBrowser = await signIn(alice);
    const bobs = await signIn(bob);
    const token = (await issueIdentityToken(alice, asking))!;
    expect(await confirmIdentityWithToken(alice, otherBrowser, token)).toBe(false);
    expect(await confirmIdentityWithToken(bob, bobs, token)).toBe(false);
    expect(await confirmIdentityWithToken(bob, asking, token)).toBe(false);
    expect((await findOpenSession(alice, otherBrowser))!.identityConfirmedAt).toBeNull();
    expect(await confirmIdentityWithToken(alice, asking, token)).toBe(true);
    expect(await confirmIdentityWithToken(alice, asking, token)).toBe(false);
  });

  it("refuses a link after 15 minutes, a replaced link, and a link for an ended session", async () => {
    const start = new Date(Date.UTC(2027, 2, 2, 9));
    shiftClockTo(start);
    const session = await signIn(alice);
    const late = (await issueIdentityToken(alice, session))!;
    shiftClockTo(new Date(start.getTime() + 16 * minute));
    expect(await confirmIdentityWithToken(alice, session, late)).toBe(false);

    const replaced = (await issueIdentityToken(alice, session))!;
    const newest = (await issueIdentityToken(alice, session))!;
    expect(await confirmIdentityWithToken(alice, session, replaced)).toBe(false);
    await endSession(alice, session);
    expect(await confirmIdentityWithToken(alice, session, newest)).toBe(false);
    expect(await issueIdentityToken(alice, session)).toBeNull();
    expect(await issueIdentityToken(bob, await signIn(alice))).toBeNull();
  });

  it("leaves the link's hash out of the data export", async () => {
    const session = await signIn(alice);
    await issueIdentityToken(alice, session);
    const exported = JSON.stringify(await exportAccount(alice));
    expect(exported).toContain(session);
    expect(exported).not.toMatch(/identityTokenHash|[0-9a-f]{64}/);
  });
});
