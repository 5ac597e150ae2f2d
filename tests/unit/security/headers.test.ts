import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { themeScript } from "@/lib/site/theme-script";
import { securityHeaders } from "@/lib/security/headers";

vi.mock("@/lib/security/prerendered-hashes", () => ({
  prerenderedScriptHashes: (pathname: string) =>
    ({ "/guides/what-is-pmo": ["'sha256-AAAA'", "'sha256-BBBB'"], "/_not-found": ["'sha256-NOTFOUND'"] })[pathname] ?? null,
}));
const { contentSecurityPolicy, pagePolicy } = await import("@/lib/security/csp");

const directive = (policy: string, name: string) => policy.split("; ").find((entry) => entry.startsWith(`${name} `));

afterEach(() => vi.restoreAllMocks());

describe("content security policy", () => {
  it("gives a prerendered page exactly its own script hashes, no nonce, no 'unsafe-inline'", () => {
    const { policy, nonce } = pagePolicy("/guides/what-is-pmo", { development: false });
    expect(nonce).toBeUndefined();
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'sha256-AAAA' 'sha256-BBBB'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
  });

  it("gives a page rendered per request a fresh nonce, the theme script's hash and the prerendered 404 page's hashes", () => {
    const first = pagePolicy("/listings", { development: false });
    const second = pagePolicy("/listings", { development: false });
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.nonce).not.toBe(first.nonce);
    const themeHash = `'sha256-${createHash("sha256").update(themeScript).digest("base64")}'`;
    expect(directive(first.policy, "script-src")).toBe(`script-src 'self' 'nonce-${first.nonce}' ${themeHash} 'sha256-NOTFOUND'`);
  });

  it("never allows eval or inline scripts in production, and allows eval only for the development build", () => {
    for (const path of ["/guides/what-is-pmo", "/me"]) {
      const { policy } = pagePolicy(path, { development: false });
      expect(policy).not.toContain("unsafe-eval");
      expect(directive(policy, "script-src")).not.toContain("unsafe-inline");
    }
    expect(directive(contentSecurityPolicy([], { development: true }), "script-src")).toContain("'unsafe-eval'");
  });
});

describe("security headers", () => {
  it("send HSTS only in production, and the other headers always", () => {
    const names = (production: boolean) => securityHeaders({ production }).map((header) => header.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    for (const name of ["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options"]) expect(names(false)).toContain(name);
  });
});
