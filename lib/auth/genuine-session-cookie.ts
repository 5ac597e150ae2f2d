import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/env";

/**
 * Whether the request's session cookie was issued by this server (it decrypts with AUTH_SECRET), for
 * proxy.ts's body limit: a made-up cookie must not pass for signed in. Whether the session was since
 * ended is checked later, by auth(); this only costs a decryption, no database read.
 */
export async function hasGenuineSessionCookie(request: Request, secret = authSecret()): Promise<boolean> {
  // The cookie is __Secure-authjs.session-token on https and authjs.session-token on http.
  for (const secureCookie of [true, false]) if (await getToken({ req: request, secret, secureCookie })) return true;
  return false;
}
