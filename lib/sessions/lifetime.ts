/** A session ends this long after sign-in, however often its token is renewed. */
export const SESSION_ABSOLUTE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
export const LAST_SEEN_INTERVAL_MS = 5 * 60 * 1000;
/** Longer user agents are cut: the list shows browser and OS, not the raw string. */
export const USER_AGENT_MAX_LENGTH = 512;

const sessionExpiresAt = (createdAt: Date) => new Date(createdAt.getTime() + SESSION_ABSOLUTE_LIFETIME_MS);

export const isPastLifetime = (createdAt: Date, at: Date) => at.getTime() >= sessionExpiresAt(createdAt).getTime();

/** After proving who they are (a fresh sign-in, or 本人確認 by provider or mailed link), an account without a password may delete itself or change its address for this long. */
export const IDENTITY_CONFIRMATION_WINDOW_MINUTES = 10;
/** A mailed 本人確認 link works this long. */
export const IDENTITY_LINK_TTL_MINUTES = 15;

/** Whether a session proved its owner recently enough: signed in, or confirmed identity, within the window. */
export function isIdentityFresh(session: { createdAt: Date; identityConfirmedAt: Date | null }, at: Date): boolean {
  const proved = Math.max(session.createdAt.getTime(), session.identityConfirmedAt?.getTime() ?? 0);
  return at.getTime() - proved < IDENTITY_CONFIRMATION_WINDOW_MINUTES * 60 * 1000;
}

/** Until when the session's proof lasts, for 「本人確認済み（…まで）」. */
export function identityFreshUntil(session: { createdAt: Date; identityConfirmedAt: Date | null }): Date {
  return new Date(Math.max(session.createdAt.getTime(), session.identityConfirmedAt?.getTime() ?? 0) + IDENTITY_CONFIRMATION_WINDOW_MINUTES * 60 * 1000);
}
