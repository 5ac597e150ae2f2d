/**
 * A non-secret, readable cookie that only tells static pages whether to show
 * 「マイページ」 or 「ログイン」 in the header. It grants nothing: every signed-in page
 * and action checks the real session with auth().
 */
export const SESSION_HINT_COOKIE = "pmo_signed_in";
export const SESSION_HINT_MAX_AGE = 30 * 24 * 60 * 60;
