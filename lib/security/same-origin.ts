/**
 * Whether a state-changing or data-returning request came from this site. Browsers send
 * Sec-Fetch-Site on every request; older ones send Origin on POST. A request with neither
 * (curl, a bookmark typed in) is not a cross-site forgery and is allowed.
 */
export function isSameOriginRequest(headers: Headers, requestUrl: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = headers.get("origin");
  if (!origin) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? new URL(requestUrl).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
