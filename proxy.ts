import { NextResponse, type NextRequest } from "next/server";
import { hasGenuineSessionCookie } from "@/lib/auth/genuine-session-cookie";
import { signInUrl } from "@/lib/auth/sign-in-url";
import { anonymousBodyDecision, bodyExceeds } from "@/lib/security/action-body-limit";
import { isDecodableActionBody, looksLikeActionRequest } from "@/lib/security/undecodable-requests";
import { readEnv } from "@/lib/env";
import { pagePolicy } from "@/lib/security/csp";

const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * On every request, an address that cannot be decoded gets the 404 page. Then, on page requests:
 * - a server action POST with a body over 64 KB and no session cookie this server issued: 413, before
 *   anything reads the body (lib/security/action-body-limit.ts; signed-in actions keep next.config.ts's limit);
 * - a server action POST whose body Next cannot decode: 400 instead of Next's 500
 *   (lib/security/undecodable-requests.ts; server.ts does the same for router state headers);
 * - /me: a fast redirect for visitors with no session cookie at all. The real check is auth() in
 *   the signed-in layout, actions and queries; this is never the only guard.
 * - every page: its Content-Security-Policy (lib/security/csp.ts).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodable(pathname)) return notFound(request);
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const isAction = looksLikeActionRequest(request);
  if (await overAnonymousBodyLimit(request, isAction)) {
    return new NextResponse("送信された内容が大きすぎます。ログインしていない場合、送信できるのは64KBまでです。", { status: 413, headers: { "content-type": "text/plain; charset=utf-8", connection: "close" } });
  }
  if (isAction && !(await isDecodableActionBody(request))) {
    return new NextResponse("リクエストの内容を読み取れませんでした。", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // Admin pages do not exist for visitors without a session: the 404 page, even for an RSC request that
  // claims the admin layout is mounted (the pages check the role themselves too, lib/auth/require-admin.ts).
  if ((pathname === "/admin" || pathname.startsWith("/admin/")) && !hasSessionCookie(request)) return notFound(request);
  const requestHeaders = new Headers(request.headers);
  if (pathname === "/me" || pathname.startsWith("/me/")) {
    const returnTo = `${pathname}${search}`;
    if (!hasSessionCookie(request)) {
      return NextResponse.redirect(new URL(signInUrl(returnTo), request.url));
    }
    requestHeaders.set("x-return-to", returnTo);
  }
  const { policy, nonce } = pagePolicy(pathname, { development: readEnv().NODE_ENV !== "production" });
  if (nonce) requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** A large action body is let through only with a session cookie this server issued (a made-up one counts as anonymous). */
async function overAnonymousBodyLimit(request: NextRequest, isAction: boolean): Promise<boolean> {
  const size = anonymousBodyDecision({ isAction, contentLength: request.headers.get("content-length") });
  if (size === "allow") return false;
  if (hasSessionCookie(request) && (await hasGenuineSessionCookie(request))) return false;
  return size === "refuse" || (await bodyExceeds(request));
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name));
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The 404 page, with status 404: for a dynamic segment that is not valid percent-encoding
 * (/guides/tags/%FF), which Next answers with a 500 (vercel/next.js#92527), and for admin pages
 * asked for without a session. No route has the address it is rewritten to.
 */
function notFound(request: NextRequest) {
  // The rewritten address passes through this proxy again and gets its policy there.
  return NextResponse.rewrite(new URL("/_malformed-address", request.url), { status: 404 });
}

// Pages and route handlers; Next's own files are left alone (route handlers get API_POLICY from next.config.ts).
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)"] };
