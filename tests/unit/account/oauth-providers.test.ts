import { afterEach, describe, expect, it } from "vitest";
import { providerVerifiedEmail } from "@/lib/auth/oauth-policy";
import { mailMode, oauthProviders, productionProblems, readEnv, resetEnvCache } from "@/lib/env";

const saved = { ...process.env };
function withEnv(values: Record<string, string | undefined>) {
  process.env = { ...saved, AUTH_GITHUB_ID: "", AUTH_GITHUB_SECRET: "", AUTH_GOOGLE_ID: "", AUTH_GOOGLE_SECRET: "", SMTP_URL: "", DEV_MAILBOX: "", SITE_URL: "", ...values } as NodeJS.ProcessEnv;
  resetEnvCache();
}
afterEach(() => {
  process.env = saved;
  resetEnvCache();
});

describe("sign-in providers", () => {
  it("appear only when both the client id and secret are set", () => {
    withEnv({});
    expect(oauthProviders()).toEqual([]);
    withEnv({ AUTH_GOOGLE_ID: "gid", AUTH_GOOGLE_SECRET: "gsecret" });
    expect(oauthProviders().map((provider) => provider.id)).toEqual(["google"]);
  });

  it("refuse to start with half a configuration", () => {
    withEnv({ AUTH_GITHUB_ID: "only-id" });
    expect(() => readEnv()).toThrow(/AUTH_GITHUB_SECRET/);
  });

  it("trust the e-mail only when the provider says it is verified", () => {
    expect(providerVerifiedEmail("google", { email_verified: true })).toBe(true);
    expect(providerVerifiedEmail("google", { email_verified: false })).toBe(false);
    expect(providerVerifiedEmail("github", { email_verified: true })).toBe(false);
  });
});

describe("mail delivery", () => {
  it("uses SMTP when configured, the outbox in development, nothing in production", () => {
    withEnv({ SMTP_URL: "smtp://mail.example:587", NODE_ENV: "production" });
    expect(mailMode()).toBe("smtp");
    withEnv({ NODE_ENV: "development" });
    expect(mailMode()).toBe("outbox");
    withEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) });
    expect(mailMode()).toBe("none");
  });

  it("allows the outbox in production only for a local SITE_URL, and refuses to start otherwise", () => {
    withEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), DEV_MAILBOX: "on", SITE_URL: "http://127.0.0.1:3100" });
    expect(mailMode()).toBe("outbox");
    expect(productionProblems()).toEqual([]);
    withEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), DEV_MAILBOX: "on", SITE_URL: "https://pmo-career.example" });
    expect(productionProblems().join()).toMatch(/DEV_MAILBOX/);
    // Without SITE_URL a production server has no idea where it runs: the outbox could be public.
    withEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), DEV_MAILBOX: "on" });
    expect(productionProblems().join()).toMatch(/DEV_MAILBOX=on .* set SITE_URL to a local address/);
  });

  it("stops a production server without SITE_URL, the origin of every link in mail and of the OAuth callback", () => {
    withEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) });
    expect(productionProblems().join()).toMatch(/SITE_URL is not set/);
    withEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), SITE_URL: "https://pmo-career.example" });
    expect(productionProblems()).toEqual([]);
  });
});
