/**
 * Who may open each page and route handler under app/. tests/e2e/authorization.spec.ts walks
 * app/ and fails for any page.tsx or route.ts without a row here, then checks every row:
 * - public: anyone gets a page (any status below 400);
 * - user: anonymous → sign-in redirect (pages) or 401; signed in → works;
 * - owner: like user, and another user's resource is not found (status or redirect below);
 * - admin: 404 for anonymous and for signed-in users who are not admins; works for an admin;
 * - special: checked by its own test (named in `note`).
 * `path` is a concrete URL for the pattern; {listing} is replaced by a real listing id, {project} by one of the owner's career projects.
 */
export type Access = "public" | "user" | "owner" | "admin" | "special";

export interface RouteRow {
  access: Access;
  path: string;
  note?: string;
}

export const routeAccess: Record<string, RouteRow> = {
  "/": { access: "public", path: "/" },
  "/guides": { access: "public", path: "/guides" },
  "/guides/[slug]": { access: "public", path: "/guides/engineer-to-pmo" },
  "/guides/category/[category]": { access: "public", path: "/guides/category/career" },
  "/guides/tags/[tag]": { access: "public", path: `/guides/tags/${encodeURIComponent("転職")}` },
  "/guides/search": { access: "public", path: "/guides/search?q=PMO" },
  "/guides/feed.xml": { access: "public", path: "/guides/feed.xml" },
  "/certifications": { access: "public", path: "/certifications" },
  "/certifications/[slug]": { access: "public", path: "/certifications/capm" },
  "/paths": { access: "public", path: "/paths" },
  "/paths/[slug]": { access: "public", path: "/paths/office-to-pmo" },
  "/pmo-types": { access: "public", path: "/pmo-types" },
  "/self-check": { access: "public", path: "/self-check" },
  "/self-check/result": { access: "public", path: "/self-check/result" },
  "/tools/pay": { access: "public", path: "/tools/pay" },
  "/listings": { access: "public", path: "/listings" },
  "/listings/[id]": { access: "public", path: "/listings/{listing}" },
  "/sign-in": { access: "public", path: "/sign-in" },
  "/sign-up": { access: "public", path: "/sign-up" },
  "/reset-password": { access: "public", path: "/reset-password" },
  "/sign-up/confirm": { access: "special", path: "/sign-up/confirm?token=x", note: "authorised by the mailed single-use token; sign-up-confirmation.spec.ts and tests/integration/account/sign-up.test.ts" },
  "/email/confirm": { access: "special", path: "/email/confirm?token=x", note: "authorised by the mailed single-use token; account-email.spec.ts and tests/integration/account/email-change.test.ts" },
  "/email/revert": { access: "special", path: "/email/revert?token=x", note: "authorised by the mailed single-use token; tests/integration/account/email-change.test.ts" },
  "/reset-password/confirm": { access: "public", path: "/reset-password/confirm?token=x" },
  "/api/health": { access: "public", path: "/api/health" },
  "/api/listings": { access: "public", path: "/api/listings" },
  "/api/guide-reads/[slug]": { access: "public", path: "/api/guide-reads/engineer-to-pmo", note: "204 for everyone; records a read only for the signed-in caller" },
  "/api/auth/[...nextauth]": { access: "public", path: "/api/auth/providers", note: "Auth.js; its POSTs carry its own CSRF token" },
  "/me": { access: "user", path: "/me" },
  "/me/bookmarks": { access: "user", path: "/me/bookmarks" },
  "/me/searches": { access: "user", path: "/me/searches" },
  "/me/settings": { access: "user", path: "/me/settings" },
  "/me/export": { access: "user", path: "/me/export" },
  "/me/confirm-identity": { access: "special", path: "/me/confirm-identity?token=x", note: "signed-in only (anonymous: sign-in); the 本人確認 token counts only in the session that asked for it: tests/integration/sessions/identity.test.ts, tests/e2e/clock/identity.spec.ts" },
  "/me/plans": { access: "user", path: "/me/plans" },
  "/me/plans/new": { access: "user", path: "/me/plans/new?path=pmo-to-pm" },
  "/me/plans/[id]": { access: "owner", path: "/me/plans/{plan}" },
  "/me/plans/[id]/print": { access: "owner", path: "/me/plans/{plan}/print" },
  "/me/plans/[id]/export/markdown": { access: "owner", path: "/me/plans/{plan}/export/markdown" },
  "/me/plans/[id]/export/ics": { access: "owner", path: "/me/plans/{plan}/export/ics" },
  "/shared/plans/[token]": { access: "special", path: "/shared/plans/x", note: "public with a live token, 404 once revoked: tests/e2e/plans.spec.ts" },
  "/me/certifications": { access: "user", path: "/me/certifications" },
  "/me/certifications/[slug]": { access: "user", path: "/me/certifications/pmp", note: "keyed by catalogue slug: each user sees only their own record of it" },
  "/me/certifications/calendar.ics": { access: "user", path: "/me/certifications/calendar.ics" },
  "/me/career": { access: "user", path: "/me/career" },
  "/me/career/projects/new": { access: "user", path: "/me/career/projects/new" },
  "/me/career/projects/[id]": { access: "owner", path: "/me/career/projects/{project}" },
  "/me/career/projects/[id]/ronbun": { access: "owner", path: "/me/career/projects/{project}/ronbun" },
  "/me/career/profile": { access: "user", path: "/me/career/profile" },
  "/me/career/pmp": { access: "user", path: "/me/career/pmp" },
  "/me/career/documents": { access: "user", path: "/me/career/documents" },
  "/me/career/resume/print": { access: "user", path: "/me/career/resume/print", note: "a project id of another user in ?p= selects nothing: the record is read by the signed-in user's id" },
  "/me/career/resume/markdown": { access: "user", path: "/me/career/resume/markdown" },
  "/me/career/resume/docx": { access: "user", path: "/me/career/resume/docx" },
  "/me/career/skill-sheet/print": { access: "user", path: "/me/career/skill-sheet/print" },
  "/me/career/skill-sheet/xlsx": { access: "user", path: "/me/career/skill-sheet/xlsx" },
  "/api/career/fit/[listingId]": { access: "user", path: "/api/career/fit/{listing}", note: "the signed-in user's own fit; the listing itself is public" },
  "/me/searches/[id]": { access: "owner", path: "/me/searches/{search}", note: "another user's id goes back to /me/searches, revealing nothing" },
  "/admin/listings": { access: "admin", path: "/admin/listings" },
  "/admin/listings/new": { access: "admin", path: "/admin/listings/new" },
  "/admin/listings/import": { access: "admin", path: "/admin/listings/import" },
  "/admin/listings/[id]/edit": { access: "admin", path: "/admin/listings/{listing}/edit" },
  "/dev/clock": { access: "special", path: "/dev/clock", note: "404 unless the dev clock is on; tests/e2e/clock/exam-countdown.spec.ts and tests/unit/setup/clock.test.ts" },
  "/dev/reminders": { access: "special", path: "/dev/reminders", note: "POST only, 404 unless the dev clock is on; tests/e2e/clock/reminders.spec.ts" },
  "/unsubscribe": { access: "public", path: "/unsubscribe?token=x" },
  "/api/unsubscribe": { access: "special", path: "/api/unsubscribe?token=x", note: "RFC 8058 one-click POST authorised by the sealed token; GET redirects to /unsubscribe: tests/e2e/clock/reminders.spec.ts" },
  "/dev/mailbox": { access: "special", path: "/dev/mailbox", note: "404 unless mail goes to the outbox; account-lifecycle.spec.ts and tests/unit/account/oauth-providers.test.ts" },
};
