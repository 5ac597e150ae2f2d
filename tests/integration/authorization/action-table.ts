/**
 * Every exported server action ('use server' files), keyed "file#export". The test next to this
 * file fails for an action without a row, then checks each row:
 * - public: open to anonymous visitors by design (say why in `note`);
 * - user: an anonymous call is refused with the session-expired message and changes nothing;
 * - owner: like user, and another signed-in user passing the owner's ids gets "not found";
 * - admin: refused for a signed-in user who is not an admin.
 * `sample` is a valid form for the action; {listing}, {bookmark}, {search}, {tracked}, {study}, {pdu}, {plan}, {milestone}, {session}, {project} become real ids
 * ({version} the plan's current version, {projectVersion} the career project's).
 */
export type ActionAccess = "public" | "user" | "owner" | "admin";

export interface ActionRow {
  access: ActionAccess;
  sample?: Record<string, string>;
  note?: string;
}

export const actionAccess: Record<string, ActionRow> = {
  "lib/account/actions.ts#signUpAction": { access: "public", note: "仮登録 only: same answer for any e-mail; rate-limited per address and IP" },
  "lib/account/actions.ts#resendSignUpAction": { access: "public", note: "same answer for any e-mail; rate-limited per address and IP" },
  "lib/account/actions.ts#signInWithPasswordAction": { access: "public" },
  "lib/account/actions.ts#signOutUserAction": { access: "public", note: "ends the caller's own session only" },
  "lib/account/actions.ts#signInWithOAuthAction": { access: "public" },
  "lib/account/reset/actions.ts#requestPasswordResetAction": { access: "public", note: "same answer for any e-mail; rate-limited" },
  "lib/account/reset/actions.ts#resetPasswordAction": { access: "public", note: "authorised by the single-use token" },
  "lib/account/settings/actions.ts#changeNameAction": { access: "user", sample: { name: "乗っ取り" } },
  "lib/account/settings/actions.ts#changeEmailAction": { access: "user", sample: { email: "x@example.com", currentPassword: "whatever" } },
  "lib/account/settings/actions.ts#sendEmailConfirmationAction": { access: "user", sample: {} },
  "lib/account/settings/actions.ts#changePasswordAction": { access: "user", sample: { currentPassword: "a-password-1", newPassword: "b-password-2" } },
  "lib/account/settings/actions.ts#deleteMyAccountAction": { access: "user", sample: { currentPassword: "whatever", confirm: "on" } },
  "lib/account/identity/actions.ts#confirmIdentityByMailAction": { access: "user", sample: {} },
  "lib/account/identity/actions.ts#confirmIdentityByProviderAction": { access: "user", sample: { provider: "google" } },
  "lib/bookmarks/actions.ts#toggleBookmarkAction": { access: "public", note: "anonymous visitors are sent to sign-in and the bookmark is made after it" },
  "lib/sessions/actions.ts#endSessionAction": { access: "owner", sample: { sessionId: "{session}" } },
  "lib/sessions/actions.ts#endOtherSessionsAction": { access: "user", sample: {} },
  "lib/bookmarks/actions.ts#changeBookmarkStatusAction": { access: "owner", sample: { bookmarkId: "{bookmark}", status: "declined" } },
  "lib/bookmarks/actions.ts#saveBookmarkNoteAction": { access: "owner", sample: { bookmarkId: "{bookmark}", note: "上書き" } },
  "lib/saved-searches/actions.ts#saveSearchAction": { access: "user", sample: { name: "条件", query: "q=PMO" } },
  "lib/saved-searches/actions.ts#removeSavedSearchAction": { access: "owner", sample: { id: "{search}" } },
  "lib/reminders/actions.ts#savePreferencesAction": { access: "user", sample: { exam: "on" } },
  "lib/reminders/actions.ts#setDigestAction": { access: "owner", sample: { searchId: "{search}", frequency: "daily" } },
  "lib/reminders/actions.ts#markRemindersReadAction": { access: "user", sample: {} },
  "lib/reminders/actions.ts#unsubscribeAction": { access: "public", note: "authorised by the HMAC-sealed token in the mail: tests/unit/reminders/unsubscribe-token.test.ts" },
  "lib/self-check/actions.ts#saveSelfCheckAction": { access: "public", note: "anonymous answers are kept until sign-in" },
  "lib/certifications/tracking/actions.ts#trackCertificationAction": { access: "public", note: "anonymous visitors are sent to sign-in and the certification is tracked after it" },
  "lib/certifications/tracking/actions.ts#untrackCertificationAction": { access: "owner", sample: { trackedId: "{tracked}" } },
  "lib/certifications/tracking/actions.ts#saveTrackingDetailsAction": {
    access: "owner",
    sample: { trackedId: "{tracked}", status: "failed", examDate: "", resultDate: "", credentialId: "X", expiresOn: "" },
  },
  "lib/certifications/tracking/actions.ts#addStudySessionAction": { access: "owner", sample: { trackedId: "{tracked}", studiedOn: "2026-11-01", minutes: "30", topic: "" } },
  "lib/certifications/tracking/actions.ts#updateStudySessionAction": { access: "owner", sample: { sessionId: "{study}", studiedOn: "2026-11-01", minutes: "5", topic: "上書き" } },
  "lib/certifications/tracking/actions.ts#deleteStudySessionAction": { access: "owner", sample: { sessionId: "{study}" } },
  "lib/certifications/tracking/actions.ts#addPduEntryAction": {
    access: "owner",
    sample: { trackedId: "{tracked}", earnedOn: "2026-11-01", category: "power_skills", units: "1", activity: "" },
  },
  "lib/certifications/tracking/actions.ts#deletePduEntryAction": { access: "owner", sample: { entryId: "{pdu}" } },
  "lib/plans/plans/actions.ts#createPlanAction": { access: "user", sample: { title: "乗っ取り", goalRole: "PM", targetDate: "", pathSlug: "" } },
  "lib/plans/plans/actions.ts#updatePlanAction": { access: "owner", sample: { planId: "{plan}", version: "{version}", title: "上書き", goalRole: "PM", targetDate: "" } },
  "lib/plans/plans/actions.ts#makePrimaryAction": { access: "owner", sample: { planId: "{plan}", version: "{version}" } },
  "lib/plans/plans/actions.ts#archivePlanAction": { access: "owner", sample: { planId: "{plan}", version: "{version}" } },
  "lib/plans/plans/actions.ts#restorePlanAction": { access: "owner", sample: { planId: "{plan}", version: "{version}" } },
  "lib/plans/plans/actions.ts#deletePlanAction": { access: "owner", sample: { planId: "{plan}", version: "{version}", confirm: "yes" } },
  "lib/plans/sharing/actions.ts#setSharingAction": { access: "owner", sample: { planId: "{plan}", version: "{version}", sharing: "on" } },
  "lib/plans/milestones/actions.ts#addMilestoneAction": { access: "owner", sample: { planId: "{plan}", version: "{version}", title: "乗っ取り", kind: "skill", dueDate: "" } },
  "lib/plans/milestones/actions.ts#updateMilestoneAction": {
    access: "owner",
    sample: { planId: "{plan}", version: "{version}", milestoneId: "{milestone}", title: "上書き", kind: "skill", dueDate: "", status: "done" },
  },
  "lib/plans/milestones/actions.ts#milestoneStatusAction": { access: "owner", sample: { planId: "{plan}", version: "{version}", milestoneId: "{milestone}", status: "done" } },
  "lib/plans/milestones/actions.ts#moveMilestoneAction": { access: "owner", sample: { planId: "{plan}", version: "{version}", milestoneId: "{milestone}", direction: "down" } },
  "lib/plans/milestones/actions.ts#deleteMilestoneAction": { access: "owner", sample: { planId: "{plan}", version: "{version}", milestoneId: "{milestone}" } },
  "lib/listings/admin/actions.ts#saveListingAction": { access: "admin" },
  "lib/listings/admin/actions.ts#toggleListingOpenAction": { access: "admin", sample: { id: "{listing}", open: "0" } },
  "lib/listings/admin/actions.ts#importListingsAction": { access: "admin" },
  "lib/career/actions.ts#createProjectAction": { access: "user", sample: { title: "乗っ取り" } },
  "lib/career/actions.ts#updateProjectAction": { access: "owner", sample: { projectId: "{project}", version: "{projectVersion}", title: "上書き" } },
  "lib/career/actions.ts#savePmpDescriptionAction": { access: "owner", sample: { projectId: "{project}", version: "{projectVersion}", pmpObjective: "Overwritten" } },
  "lib/career/actions.ts#moveProjectAction": { access: "owner", sample: { projectId: "{project}", direction: "down" } },
  "lib/career/actions.ts#deleteProjectAction": { access: "owner", sample: { projectId: "{project}", confirm: "yes" } },
  "lib/career/actions.ts#saveProfileAction": { access: "user", sample: { version: "0", fullName: "乗っ取り" } },
  "lib/career/fit/actions.ts#addFitMilestoneAction": { access: "user", sample: { listingId: "{listing}", kind: "skill", name: "Excel" }, note: "adds to the caller's own featured plan only" },
};
