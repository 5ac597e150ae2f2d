import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files; argon2 is a native binding. Both must be required at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // The admin listing import accepts files up to 5 MB (see lib/listings/admin-actions.ts).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
