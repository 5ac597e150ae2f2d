import "server-only";
import { and, desc, eq, gt, isNull, lt, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, userSessions, type UserSession } from "@/db/schema";
import { now } from "@/lib/clock";
import { generateLinkToken, hashLinkToken, looksLikeLinkToken } from "@/lib/account/link-token";
import { isUuid } from "@/lib/ids";
import { IDENTITY_LINK_TTL_MINUTES, LAST_SEEN_INTERVAL_MS, SESSION_ABSOLUTE_LIFETIME_MS, USER_AGENT_MAX_LENGTH, isPastLifetime } from "./lifetime";

/** Starts the server-side record of a sign-in; its id goes into the JWT. */
export async function startSession(userId: string, sessionVersion: number, userAgent: string): Promise<string> {
  const db = await getDb();
  const at = now();
  const [row] = await db
    .insert(userSessions)
    .values({ userId, sessionVersion, userAgent: userAgent.slice(0, USER_AGENT_MAX_LENGTH), createdAt: at, lastSeenAt: at })
    .returning({ id: userSessions.id });
  return row!.id;
}

/**
 * Whether a token's session may go on: its row exists for this user, has not ended and is younger
 * than the absolute lifetime. Notes the visit when the last one was noted long enough ago.
 */
export async function continueSession(userId: string, sessionId: string): Promise<boolean> {
  if (!isUuid(sessionId) || !isUuid(userId)) return false;
  const db = await getDb();
  const at = now();
  const [row] = await db
    .select({ createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt, endedAt: userSessions.endedAt })
    .from(userSessions)
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId)));
  if (!row || row.endedAt || isPastLifetime(row.createdAt, at)) return false;
  if (at.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_INTERVAL_MS) {
    // Conditional, so concurrent requests write it once.
    await db
      .update(userSessions)
      .set({ lastSeenAt: at })
      .where(and(eq(userSessions.id, sessionId), lt(userSessions.lastSeenAt, new Date(at.getTime() - LAST_SEEN_INTERVAL_MS))));
  }
  return true;
}

/** The user's sessions that can still be used (not ended, not expired, not from before a sessionVersion bump), newest sign-in first. */
export async function listActiveSessions(userId: string): Promise<UserSession[]> {
  const db = await getDb();
  const rows = await db
    .select({ session: userSessions })
    .from(userSessions)
    .innerJoin(users, and(eq(users.id, userSessions.userId), eq(users.sessionVersion, userSessions.sessionVersion)))
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt), gt(userSessions.createdAt, new Date(now().getTime() - SESSION_ABSOLUTE_LIFETIME_MS))))
    .orderBy(desc(userSessions.createdAt));
  return rows.map((row) => row.session);
}

/** Ends one of the user's sessions; false when it is not theirs or already ended. */
export async function endSession(userId: string, sessionId: string): Promise<boolean> {
  if (!isUuid(sessionId)) return false;
  const db = await getDb();
  const ended = await db
    .update(userSessions)
    .set({ endedAt: now() })
    .where(and(eq(userSessions.userId, userId), eq(userSessions.id, sessionId), isNull(userSessions.endedAt)))
    .returning({ id: userSessions.id });
  return ended.length > 0;
}

/** Ends every session of the user except the one given; returns how many ended. */
export async function endOtherSessions(userId: string, keepSessionId: string): Promise<number> {
  const db = await getDb();
  const ended = await db
    .update(userSessions)
    .set({ endedAt: now() })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt), ...(isUuid(keepSessionId) ? [ne(userSessions.id, keepSessionId)] : [])))
    .returning({ id: userSessions.id });
  return ended.length;
}

/** The open session's sign-in and 本人確認 times, or null when it is not the user's or has ended. */
export async function findOpenSession(userId: string, sessionId: string): Promise<Pick<UserSession, "createdAt" | "identityConfirmedAt"> | null> {
  if (!isUuid(sessionId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ createdAt: userSessions.createdAt, identityConfirmedAt: userSessions.identityConfirmedAt })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
  return row ?? null;
}

/** A 本人確認 link for this session only; a newer one replaces the last. Null when the session is not open. */
export async function issueIdentityToken(userId: string, sessionId: string): Promise<string | null> {
  if (!isUuid(sessionId)) return null;
  const db = await getDb();
  const { token, tokenHash } = generateLinkToken();
  const updated = await db
    .update(userSessions)
    .set({ identityTokenHash: tokenHash, identityTokenExpiresAt: new Date(now().getTime() + IDENTITY_LINK_TTL_MINUTES * 60 * 1000) })
    .where(and(eq(userSessions.userId, userId), eq(userSessions.id, sessionId), isNull(userSessions.endedAt)))
    .returning({ id: userSessions.id });
  return updated.length > 0 ? token : null;
}

/**
 * Opens a 本人確認 link: it counts only in the session that asked for it, once, before it expires.
 * A copy opened in another browser (or by a mail scanner, which has no session) does nothing.
 */
export async function confirmIdentityWithToken(userId: string, sessionId: string, token: string): Promise<boolean> {
  if (!isUuid(sessionId) || !looksLikeLinkToken(token)) return false;
  const db = await getDb();
  const at = now();
  const confirmed = await db
    .update(userSessions)
    .set({ identityConfirmedAt: at, identityTokenHash: null, identityTokenExpiresAt: null })
    .where(
      and(
        eq(userSessions.userId, userId),
        eq(userSessions.id, sessionId),
        isNull(userSessions.endedAt),
        eq(userSessions.identityTokenHash, hashLinkToken(token)),
        gt(userSessions.identityTokenExpiresAt, at),
      ),
    )
    .returning({ id: userSessions.id });
  return confirmed.length > 0;
}
