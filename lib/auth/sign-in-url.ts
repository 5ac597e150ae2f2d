import { safeReturnPath } from "./return-path";

/** The sign-in page (or sign-up), coming back to `returnTo` afterwards; the only place such a URL is built. */
export function signInUrl(returnTo?: string | null, page: "/sign-in" | "/sign-up" = "/sign-in"): string {
  if (!returnTo) return page;
  return `${page}?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`;
}
