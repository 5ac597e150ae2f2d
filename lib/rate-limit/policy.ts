export interface RateLimitRule {
  /** Key prefix; one bucket per rule and subject. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/** A bucket as read from the database; secondsLeft is computed by the database clock. */
export interface BucketState {
  count: number;
  secondsLeft: number;
}

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const signInRules = {
  perEmailAndIp: { name: "sign-in:email-ip", limit: 5, windowSeconds: 15 * 60 },
  perIp: { name: "sign-in:ip", limit: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;

export const bucketKey = (rule: RateLimitRule, subject: string) => `${rule.name}:${subject}`;

/** Whether one more attempt is allowed, given the bucket's stored state (null when none). */
export function decide(rule: RateLimitRule, bucket: BucketState | null): Decision {
  if (!bucket || bucket.secondsLeft <= 0 || bucket.count < rule.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil(bucket.secondsLeft) };
}

/** The most restrictive of several decisions: the longest wait wins. */
export function combine(decisions: Decision[]): Decision {
  let wait = 0;
  for (const decision of decisions) {
    if (!decision.allowed) wait = Math.max(wait, decision.retryAfterSeconds);
  }
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

/** 「あと◯分」 for a Japanese message, rounded up to whole minutes. */
export function formatRetryAfter(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `約${minutes}分後`;
}

/** Password-reset requests: a few per address (so nobody floods an inbox), more per network. */
export const passwordResetRules = {
  perEmail: { name: "reset:email", limit: 3, windowSeconds: 60 * 60 },
  perIp: { name: "reset:ip", limit: 10, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;
