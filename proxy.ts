import { NextResponse, type NextRequest } from "next/server";

const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Only a fast redirect for visitors with no session cookie at all. The real check is
 * auth() in the signed-in layout, actions and queries; this is never the only guard.
 */
export function proxy(request: NextRequest) {
  const returnTo = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (!request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", returnTo);
    return NextResponse.redirect(signIn);
  }
  const headers = new Headers(request.headers);
  headers.set("x-return-to", returnTo);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/me", "/me/:path*"] };
