import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/reminders/unsubscribe-token";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const target = { userId: "7d0c1c1e-3c1a-4a57-9a39-1a3f2b9c0e11", kind: "digest" as const, subject: "0b9e4c1a-1111-4a57-9a39-1a3f2b9c0e22" };

describe("unsubscribe tokens", () => {
  it("name the user, kind and search they were made for", () => {
    expect(readUnsubscribeToken(unsubscribeToken(target, secret), secret)).toEqual(target);
  });

  it("refuse a token changed to name someone else, sealed with another secret, or malformed", () => {
    const token = unsubscribeToken(target, secret);
    const [, mac] = token.split(".");
    const someoneElse = `${Buffer.from(JSON.stringify(["00000000-0000-4000-8000-000000000000", "digest", target.subject])).toString("base64url")}.${mac}`;
    expect(readUnsubscribeToken(someoneElse, secret)).toBeNull();
    expect(readUnsubscribeToken(unsubscribeToken(target, `${secret}-other`), secret)).toBeNull();
    for (const bad of ["", "x", "x.y", `${Buffer.from("[1,2,3]").toString("base64url")}.${mac}`]) expect(readUnsubscribeToken(bad, secret)).toBeNull();
  });
});
