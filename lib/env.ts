import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

// Every environment variable the app reads, validated in one place.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  /** Comma-separated e-mails that get the admin role when they sign up (bootstrapping the first admin). */
  ADMIN_EMAILS: z.string().default(""),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 33)").optional(),
  SITE_URL: z.url("SITE_URL must be a URL such as https://example.jp").optional(),
  /** smtp://user:pass@host:587 or smtps://…; without it, mail goes to the development outbox (or nowhere). */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().min(3).default("PMOキャリアガイド <no-reply@localhost>"),
  /** "on" keeps mail in the dev_mail_outbox table shown at /dev/mailbox even in production (browser tests only). */
  DEV_MAILBOX: z.enum(["on", "off"]).optional(),
  /** "on" lets tests move the server's clock through /dev/clock even in production (browser tests only). */
  DEV_CLOCK: z.enum(["on", "off"]).optional(),
  /** How many reverse proxies of ours stand in front of server.ts; their X-Forwarded-For entries are believed (lib/auth/client-ip.ts). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int("TRUSTED_PROXY_HOPS must be a whole number").min(0).max(10).default(0),
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  /** Browser tests only: a local OpenID provider standing in for Google (refused in production unless SITE_URL is local). */
  AUTH_GOOGLE_ISSUER: z.url().optional(),
  /** "off" disables the per-process listing search cache (lib/listings/search/cache.ts). */
  LISTING_SEARCH_CACHE: z.enum(["on", "off"]).optional(),
  /** server.ts: where `npm start` listens unless -p / -H say otherwise. */
  PORT: z.coerce.number().int("PORT must be a whole number").min(0).max(65535).optional(),
  HOSTNAME: z.string().min(1).optional(),
}).superRefine((env, context) => {
  // A provider with half its credentials would show a button that can only fail.
  for (const provider of ["GITHUB", "GOOGLE"] as const) {
    if (Boolean(env[`AUTH_${provider}_ID`]) !== Boolean(env[`AUTH_${provider}_SECRET`])) {
      context.addIssue({ code: "custom", path: [`AUTH_${provider}_ID`], message: `set both AUTH_${provider}_ID and AUTH_${provider}_SECRET, or neither` });
    }
  }
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function readEnv(): Env {
  if (cached) return cached;
  // An empty variable (FOO=) means "not set".
  const present = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Problems that must stop a production server from starting, in words an operator can act on. */
export function productionProblems(): string[] {
  const env = readEnv();
  if (env.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  if (!env.AUTH_SECRET) {
    problems.push("AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and set it in the environment.");
  }
  if (!env.SITE_URL) {
    problems.push("SITE_URL is not set. Set it to the site's public origin (https://example.jp): links in mail and the OAuth callback are built from it.");
  }
  // Both switches publish or bend what a real site must not: mail with sign-in links, and the time.
  if (env.DEV_MAILBOX === "on" && !(env.SITE_URL && isLocalOrigin(env.SITE_URL))) {
    problems.push(
      `DEV_MAILBOX=on publishes every outgoing mail (sign-in and reset links included) at /dev/mailbox. It is for browser tests only: set SITE_URL to a local address (http://127.0.0.1:PORT), or remove DEV_MAILBOX${env.SITE_URL ? ` for ${env.SITE_URL}` : ""}.`,
    );
  }
  if (env.AUTH_GOOGLE_ISSUER && !(env.SITE_URL && isLocalOrigin(env.SITE_URL))) {
    problems.push("AUTH_GOOGLE_ISSUER replaces Google with another OpenID provider. It is for browser tests only: remove it, or set SITE_URL to a local address.");
  }
  if (env.DEV_CLOCK === "on" && !(env.SITE_URL && isLocalOrigin(env.SITE_URL))) {
    problems.push("DEV_CLOCK=on lets anyone move the server's clock through /dev/clock. It is for browser tests only: set SITE_URL to a local address, or remove DEV_CLOCK.");
  }
  return problems;
}

function isLocalOrigin(url: string): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);
}

export type MailMode = "smtp" | "outbox" | "none";

/** SMTP when configured; otherwise the outbox in development (or with DEV_MAILBOX=on); otherwise no mail. */
export function mailMode(): MailMode {
  const env = readEnv();
  if (env.SMTP_URL) return "smtp";
  if (env.DEV_MAILBOX === "off") return "none";
  if (env.NODE_ENV !== "production" || env.DEV_MAILBOX === "on") return "outbox";
  return "none";
}

/** Whether /dev/clock may move the clock: any development server, or DEV_CLOCK=on (refused in production unless local). */
export function devClockEnabled(): boolean {
  const env = readEnv();
  if (env.DEV_CLOCK) return env.DEV_CLOCK === "on";
  return env.NODE_ENV !== "production";
}

export type OAuthProviderId = "github" | "google";

/** The OAuth providers whose client id and secret are both set. */
export function oauthProviders(): { id: OAuthProviderId; clientId: string; clientSecret: string; issuer?: string }[] {
  const env = readEnv();
  const configured: { id: OAuthProviderId; clientId: string; clientSecret: string; issuer?: string }[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) configured.push({ id: "github", clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET });
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    configured.push({ id: "google", clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET, ...(env.AUTH_GOOGLE_ISSUER ? { issuer: env.AUTH_GOOGLE_ISSUER } : {}) });
  }
  return configured;
}

/** The public origin, without a trailing slash (http://localhost:3000 unless SITE_URL is set). */
export function siteOrigin(): string {
  return (readEnv().SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

export function listingSearchCacheEnabled(): boolean {
  return readEnv().LISTING_SEARCH_CACHE !== "off";
}

/** Tests change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** A postgres:// URL when DATABASE_URL is set, otherwise the embedded PGlite directory (or memory://). */
export function databaseLocation(): string {
  const env = readEnv();
  return env.DATABASE_URL ?? env.PGLITE_DATA_DIR ?? path.join(env.DATA_DIR, "pglite");
}

/**
 * The secret that signs session cookies. Production must set AUTH_SECRET; elsewhere a random
 * one is generated once and kept under DATA_DIR so sessions survive a restart.
 */
export function authSecret(): string {
  const env = readEnv();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is required in production. Generate one with `openssl rand -base64 33`.");
  }
  const file = path.join(env.DATA_DIR, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(env.DATA_DIR, { recursive: true });
    const secret = randomBytes(33).toString("base64");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}

export function isBootstrapAdmin(email: string): boolean {
  return readEnv()
    .ADMIN_EMAILS.split(",")
    .map((entry) => entry.trim().toLowerCase())
    .includes(email);
}
