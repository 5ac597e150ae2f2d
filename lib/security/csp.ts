import { createHash, randomBytes } from "node:crypto";
import { readEnv } from "@/lib/env";
import { themeScript } from "@/lib/site/theme-script";
import { prerenderedScriptHashes } from "./prerendered-hashes";

const sha256 = (script: string) => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
const themeScriptHash = sha256(themeScript);

/**
 * The policy of one page. Scripts are limited to this site's files and to inline scripts the page
 * itself carries, never 'unsafe-inline' or eval (except eval for React's development build):
 * - a prerendered page (guides, catalogue…) lists the hash of each of its inline scripts, computed
 *   after the build (scripts/csp-hashes.mjs), so it stays static;
 * - every other page is rendered per request and gets a fresh nonce, which Next puts on its own
 *   inline scripts (it reads it from the request's policy, see proxy.ts); the theme script, the
 *   only inline script of ours, is allowed by its hash, and so are the scripts of the prerendered
 *   404 page, which answers any address no route matches.
 */
export function contentSecurityPolicy(scriptSources: string[], { development }: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...scriptSources, ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    // OAuth sign-in posts to /api/auth, which redirects to the provider: Chrome checks form-action on that redirect.
    "form-action": ["'self'", "https://github.com", "https://accounts.google.com", ...testIssuer()],
    "frame-ancestors": ["'none'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** The local OpenID provider the browser tests use in place of Google (AUTH_GOOGLE_ISSUER, refused in production unless local). */
function testIssuer(): string[] {
  const issuer = readEnv().AUTH_GOOGLE_ISSUER;
  return issuer ? [new URL(issuer).origin] : [];
}

export interface PagePolicy {
  policy: string;
  /** Set for pages rendered per request: Next reads it from the request's policy header. */
  nonce?: string;
}

export function pagePolicy(pathname: string, { development }: { development: boolean }): PagePolicy {
  const hashes = development ? null : prerenderedScriptHashes(pathname);
  if (hashes) return { policy: contentSecurityPolicy(hashes, { development }) };
  const nonce = randomBytes(16).toString("base64");
  // An address no route matches is answered with the prerendered 404 page, which carries no nonce.
  const notFoundPage = development ? [] : (prerenderedScriptHashes("/_not-found") ?? []);
  return { policy: contentSecurityPolicy([`'nonce-${nonce}'`, themeScriptHash, ...notFoundPage], { development }), nonce };
}
