import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";

const directive = (policy: string, name: string) => policy.split("; ").find((entry) => entry.startsWith(`${name} `));

describe("security headers", () => {
  it("limit scripts to this site, without eval, and forbid framing in production", () => {
    const policy = contentSecurityPolicy({ development: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
  });

  it("allow eval only for the development build", () => {
    expect(directive(contentSecurityPolicy({ development: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("send HSTS only in production, and the other headers always", () => {
    const names = (production: boolean) => securityHeaders({ production }).map((header) => header.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    for (const name of ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]) expect(names(false)).toContain(name);
  });
});
