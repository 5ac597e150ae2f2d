/**
 * Security headers for every response, set statically in next.config.ts so guide pages stay
 * statically generated. Why script-src has 'unsafe-inline' and no nonce: the App Router inlines
 * its RSC payload (`self.__next_f.push(…)`) and our theme script; a nonce must be new on every
 * request, which forces dynamic rendering of every page, and hashes cannot cover the payload
 * scripts, whose contents differ per page and per build (and any hash disables 'unsafe-inline').
 * So scripts are limited to this site ('self' + its inline scripts): no other host, no eval,
 * no plugins, no <base> hijack, no framing. README "Security" explains the trade-off.
 */
export function contentSecurityPolicy({ development }: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build needs eval for its debugging stack traces; production never does.
    "script-src": ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    // OAuth sign-in posts to /api/auth, which redirects to the provider: Chrome checks form-action on that redirect.
    "form-action": ["'self'", "https://github.com", "https://accounts.google.com"],
    "frame-ancestors": ["'none'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

export function securityHeaders({ production }: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ development: !production }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
