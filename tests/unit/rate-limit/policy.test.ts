import { describe, expect, it } from "vitest";
import { accountThrottle, combine, decideCounted, formatRetryAfter, signInRules } from "@/lib/rate-limit/policy";

const rule = signInRules.perEmailAndIp;

describe("rate limit decisions", () => {
  it("allows the attempts counted up to the limit and refuses the next", () => {
    expect(decideCounted(rule, { count: 1, secondsLeft: 900 })).toEqual({ allowed: true });
    expect(decideCounted(rule, { count: rule.limit, secondsLeft: 600 })).toEqual({ allowed: true });
    expect(decideCounted(rule, { count: rule.limit + 1, secondsLeft: 600 })).toEqual({ allowed: false, retryAfterSeconds: 600 });
  });

  it("rounds a partial second up so the wait is never understated", () => {
    expect(decideCounted(rule, { count: rule.limit + 1, secondsLeft: 0.2 })).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("takes the longest wait when several rules block", () => {
    expect(combine([{ allowed: true }, { allowed: false, retryAfterSeconds: 30 }, { allowed: false, retryAfterSeconds: 90 }])).toEqual({
      allowed: false,
      retryAfterSeconds: 90,
    });
    expect(combine([{ allowed: true }, { allowed: true }])).toEqual({ allowed: true });
  });

  it("says the wait in whole minutes, at least one", () => {
    expect(formatRetryAfter(5)).toBe("約1分後");
    expect(formatRetryAfter(61)).toBe("約2分後");
    expect(formatRetryAfter(900)).toBe("約15分後");
  });

  it("allows more failures per IP than per e-mail and IP, and slows an account for at most 15 minutes at a time", () => {
    expect(signInRules.perIp.limit).toBeGreaterThan(signInRules.perEmailAndIp.limit);
    expect(accountThrottle.maxDelaySeconds).toBe(15 * 60);
    expect(accountThrottle.freeFailures).toBe(5);
  });
});
