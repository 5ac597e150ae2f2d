import "server-only";
import type { JWT } from "@auth/core/jwt";
import { headers } from "next/headers";
import { getSessionUser } from "@/lib/account/queries";
import { continueSession, endSession, startSession } from "@/lib/sessions/queries";

async function requestUserAgent(): Promise<string> {
  try {
    return (await headers()).get("user-agent") ?? "";
  } catch {
    // Outside a request (scripts, tests): no user agent to record.
    return "";
  }
}

/** A fresh sign-in: the token names the user, their session version and a new server-side session. */
export async function tokenForSignIn(token: JWT, userId: string, userAgent?: string): Promise<JWT | null> {
  const user = await getSessionUser(userId);
  if (!user) return null;
  const sessionId = await startSession(user.id, user.sessionVersion, userAgent ?? (await requestUserAgent()));
  return { ...token, sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion, sessionId };
}

/**
 * Checked on every request that reads the session: a deleted user, a bumped sessionVersion, or a
 * session row that is missing, ended or older than its absolute lifetime ends the session.
 */
export async function renewToken(token: JWT): Promise<JWT | null> {
  const current = token.sub ? await getSessionUser(token.sub) : null;
  if (!current || current.sessionVersion !== token.sessionVersion) return null;
  if (!token.sessionId || !(await continueSession(current.id, token.sessionId))) return null;
  return { ...token, name: current.name, email: current.email, role: current.role };
}

/** Sign-out ends the token's session on the server, so a copy of the cookie stops working too. */
export async function endTokenSession(token: JWT | null | undefined): Promise<void> {
  if (token?.sub && token.sessionId) await endSession(token.sub, token.sessionId);
}
