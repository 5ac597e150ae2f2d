import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy } from "@/lib/security/csp";

const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;
const development = process.env.NODE_ENV !== "production";

/**
 * Two jobs on page requests:
 * - /me: a fast redirect for visitors with no session cookie at all. The real check is auth() in
 *   the signed-in layout, actions and queries; this is never the only guard.
 * - every page: its Content-Security-Policy (lib/security/csp.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestHeaders = new Headers(request.headers);
  if (pathname === "/me" || pathname.startsWith("/me/")) {
    const returnTo = `${pathname}${search}`;
    if (!request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name))) {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", returnTo);
      return NextResponse.redirect(signIn);
    }
    requestHeaders.set("x-return-to", returnTo);
  }
  const { policy, nonce } = pagePolicy(pathname, { development });
  if (nonce) requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Pages only: route handlers under /api and Next's own files get API_POLICY from next.config.ts.
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)"] };
