import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { hasGenuineSessionCookie } from "@/lib/auth/genuine-session-cookie";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const withCookie = (cookie: string) => new Request("http://127.0.0.1/sign-in", { method: "POST", headers: { cookie } });

describe("hasGenuineSessionCookie", () => {
  it("accepts a session cookie this server issued, on http and https names", async () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      const token = await encode({ token: { sub: "user-1" }, secret, salt: name });
      expect(await hasGenuineSessionCookie(withCookie(`${name}=${token}`), secret), name).toBe(true);
    }
  });

  it("refuses a made-up cookie, one sealed with another secret, and one moved to the other cookie name", async () => {
    expect(await hasGenuineSessionCookie(withCookie("authjs.session-token=made-up"), secret)).toBe(false);
    const foreign = await encode({ token: { sub: "user-1" }, secret: `${secret}-other`, salt: "authjs.session-token" });
    expect(await hasGenuineSessionCookie(withCookie(`authjs.session-token=${foreign}`), secret)).toBe(false);
    const moved = await encode({ token: { sub: "user-1" }, secret, salt: "__Secure-authjs.session-token" });
    expect(await hasGenuineSessionCookie(withCookie(`authjs.session-token=${moved}`), secret)).toBe(false);
    expect(await hasGenuineSessionCookie(withCookie(""), secret)).toBe(false);
  });
});
