/** A session ends this long after sign-in, however often its token is renewed. */
export const SESSION_ABSOLUTE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
export const LAST_SEEN_INTERVAL_MS = 5 * 60 * 1000;
/** Longer user agents are cut: the list shows browser and OS, not the raw string. */
export const USER_AGENT_MAX_LENGTH = 512;

const sessionExpiresAt = (createdAt: Date) => new Date(createdAt.getTime() + SESSION_ABSOLUTE_LIFETIME_MS);

export const isPastLifetime = (createdAt: Date, at: Date) => at.getTime() >= sessionExpiresAt(createdAt).getTime();
