// How long mailed links work. Kept apart from link-token.ts (node:crypto) so forms in the browser can say it.
export const RESET_TOKEN_TTL_MINUTES = 30;
export const CONFIRMATION_TTL_HOURS = 24;
export const REVERT_TTL_DAYS = 7;
