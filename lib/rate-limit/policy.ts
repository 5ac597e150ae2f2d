export interface RateLimitRule {
  /** Key prefix; one bucket per rule and subject. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/** A bucket just after this attempt was counted in it; secondsLeft is computed by the database clock. */
export interface CountedBucket {
  count: number;
  secondsLeft: number;
}

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const bucketKey = (rule: Pick<RateLimitRule, "name">, subject: string) => `${rule.name}:${subject}`;

/**
 * Whether the attempt that was just counted may go ahead. The count is incremented before this
 * decision in the same statement, so parallel attempts each see a different count and no more than
 * `limit` of them are allowed in a window.
 */
export function decideCounted(rule: RateLimitRule, bucket: CountedBucket): Decision {
  if (bucket.count <= rule.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(bucket.secondsLeft)) };
}

/** The most restrictive of several decisions: the longest wait wins. */
export function combine(decisions: Decision[]): Decision {
  let wait = 0;
  for (const decision of decisions) {
    if (!decision.allowed) wait = Math.max(wait, decision.retryAfterSeconds);
  }
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

/** 「約◯分後」 for a Japanese message, rounded up to whole minutes. */
export function formatRetryAfter(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `約${minutes}分後`;
}

/** Sign-in by address: per e-mail and client address, and per client address (IPv6 by /64). */
export const signInRules = {
  perEmailAndIp: { name: "sign-in:email-ip", limit: 5, windowSeconds: 15 * 60 },
  perIp: { name: "sign-in:ip", limit: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;

/**
 * Sign-in per account, whatever address the attempts come from: the first failures are free, then
 * each further attempt waits a delay that doubles up to a cap. The owner is slowed, never locked
 * out for good; a success, or a day without failures, starts again from zero. The schedule is
 * applied by the database (claimAccountAttempt in queries.ts): 30 s, 1, 2, 4, 8, then 15 minutes.
 */
export const accountThrottle = {
  name: "sign-in:account",
  freeFailures: 5,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
} as const;

/** Password-reset requests: a few per address (so nobody floods an inbox), more per network. */
export const passwordResetRules = {
  perEmail: { name: "reset:email", limit: 3, windowSeconds: 60 * 60 },
  perIp: { name: "reset:ip", limit: 10, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;

/** Sign-up and confirmation-mail requests: checked before anything is hashed or sent. */
export const signUpRules = {
  perEmail: { name: "sign-up:email", limit: 3, windowSeconds: 60 * 60 },
  perIp: { name: "sign-up:ip", limit: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

/** E-mail change and confirmation resend from a signed-in account. */
export const confirmationMailRules = {
  perUser: { name: "confirm-mail:user", limit: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;
