import "server-only";
import { cookies } from "next/headers";
import { claimPendingWork } from "./pending-work";
import { endReplacedSession } from "./replaced-session";
import { SESSION_HINT_COOKIE, SESSION_HINT_MAX_AGE } from "./session-hint";

/**
 * What every sign-in does once it succeeded, whichever way it came (password, confirmation link,
 * OAuth): the visitor's waiting work is done for the account, a session it replaces (本人確認) ends, and
 * the header's hint is set.
 * Called from Auth.js's `signIn` event (lib/auth/index.ts).
 */
export async function afterSignIn(userId: string): Promise<void> {
  await claimPendingWork(userId);
  await endReplacedSession(userId);
  (await cookies()).set(SESSION_HINT_COOKIE, "1", { path: "/", sameSite: "lax", maxAge: SESSION_HINT_MAX_AGE });
}
