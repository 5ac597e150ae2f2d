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

export const isProduction = () => readEnv().NODE_ENV === "production";

/** Problems that must stop a production server from starting, in words an operator can act on. */
export function productionProblems(): string[] {
  const env = readEnv();
  if (env.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  if (!env.AUTH_SECRET) {
    problems.push("AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and set it in the environment.");
  }
  return problems;
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
