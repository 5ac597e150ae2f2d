import "server-only";
import { cookies } from "next/headers";
import { endSession } from "@/lib/sessions/queries";

/**
 * Set by 本人確認 through a provider (lib/account/identity-actions.ts) to the session the new sign-in
 * replaces in this browser, so the device list does not keep a session whose cookie is gone.
 */
export const REPLACED_SESSION_COOKIE = "pmo_replaces_session";

/** Ends the replaced session, only if it is the signing-in user's own. */
export async function endReplacedSession(userId: string): Promise<void> {
  const jar = await cookies();
  const replaced = jar.get(REPLACED_SESSION_COOKIE)?.value;
  if (!replaced) return;
  jar.delete(REPLACED_SESSION_COOKIE);
  await endSession(userId, replaced);
}
