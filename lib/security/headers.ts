/**
 * Headers for every response, set statically in next.config.ts. The Content-Security-Policy of
 * pages is per page and comes from proxy.ts (lib/security/csp.ts); other responses (route
 * handlers, files) get API_POLICY here, since they never run scripts.
 */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders({ production }: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
