import type { NextConfig } from "next";
import { API_POLICY, securityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files; argon2 is a native binding. Both must be required at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // The admin listing import accepts files up to 5 MB (see lib/listings/admin/actions.ts).
  // Server actions compare Origin with Host (or X-Forwarded-Host) and refuse other sites; behind a
  // proxy that keeps Host no allowedOrigins are needed (README "Security").
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders({ production: process.env.NODE_ENV === "production" }) },
      // Pages get their policy from proxy.ts; route handlers and files never run scripts.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_POLICY }] },
      { source: "/_next/:path*", headers: [{ key: "Content-Security-Policy", value: API_POLICY }] },
    ];
  },
};

export default nextConfig;
