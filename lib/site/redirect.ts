/**
 * A redirect from a route handler to a path of this site. The Location stays relative, so the
 * browser resolves it against the address it asked for: Next gives route handlers a request.url
 * on "localhost" whatever the Host was, and an absolute redirect built from it would leave the
 * site's cookies behind.
 */
export function redirectTo(path: string, status: 302 | 303 | 307 = 303): Response {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`not a path of this site: ${path}`);
  return new Response(null, { status, headers: { location: path } });
}
