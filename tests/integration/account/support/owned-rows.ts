import type { Db } from "@/db/client";
import {
  bookmarks,
  careerProfiles,
  careerProjects,
  emailTokens,
  guideReads,
  listings,
  oauthAccounts,
  passwordResetTokens,
  pduEntries,
  planMilestones,
  plans,
  reminderPreferences,
  reminders,
  savedSearches,
  selfCheckResults,
  studySessions,
  trackedCertifications,
  userSessions,
} from "@/db/schema";

/** Inserts a row (or two) directly into every table a user can own; `tag` keeps values unique per user. */
export async function seedOwnedRows(db: Db, userId: string, tag: string): Promise<void> {
  const [listing] = await db.select({ id: listings.id }).from(listings).limit(1);
  const [bookmark] = await db.insert(bookmarks).values({ userId, listingId: listing!.id, statusHistory: { saved: "2026-11-20T00:00:00.000Z" } }).returning({ id: bookmarks.id });
  await db.insert(savedSearches).values({ userId, name: `検索${tag}`, query: "q=PMO" });
  await db.insert(selfCheckResults).values({ userId, answers: "1234512345", suitability: 60, bestType: "support", typeScores: {} as never });
  const [plan] = await db.insert(plans).values({ userId, title: `プラン${tag}`, goalRole: "PMOリード", isPrimary: true }).returning({ id: plans.id });
  await db.insert(planMilestones).values([
    { planId: plan!.id, userId, position: 0, kind: "skill", title: "WBSを書く" },
    { planId: plan!.id, userId, position: 1, kind: "application", title: "応募", bookmarkId: bookmark!.id },
  ]);
  const [tracked] = await db
    .insert(trackedCertifications)
    .values({ userId, certificationSlug: "pmp", examDate: "2027-03-01" })
    .returning({ id: trackedCertifications.id });
  await db.insert(studySessions).values({ trackedCertificationId: tracked!.id, userId, studiedOn: "2026-11-20", minutes: 90 });
  await db.insert(pduEntries).values({ trackedCertificationId: tracked!.id, userId, earnedOn: "2026-11-20", category: "ways_of_working", units: 1.5 });
  await db.insert(guideReads).values({ userId, guideSlug: `guide-${tag}` });
  await db.insert(oauthAccounts).values({ userId, provider: "github", providerAccountId: `gh-${tag}` });
  await db.insert(emailTokens).values({ userId, kind: "confirm", email: `new-${tag}@example.com`, tokenHash: `email-hash-${tag}`, expiresAt: new Date(Date.now() + 60_000) });
  await db.insert(passwordResetTokens).values({ userId, tokenHash: `hash-${tag}`, expiresAt: new Date(Date.now() + 60_000) });
  await db.insert(userSessions).values({ userId, userAgent: `Agent ${tag}` });
  await db.insert(reminders).values({ userId, kind: "exam", key: `exam:${tag}`, title: `試験${tag}`, body: "本文", link: "/me", mailStatus: "not-mailed" });
  await db.insert(reminderPreferences).values({ userId, exam: false });
  await db.insert(careerProjects).values([
    { userId, position: 0, title: `案件${tag}`, startMonth: "2024-04", ongoing: true, achievements: [{ situation: "s", action: "a", result: "r" }] },
    { userId, position: 1, title: `途中の案件${tag}` },
  ]);
  await db.insert(careerProfiles).values({ userId, fullName: `氏名${tag}`, summary: "職務要約" });
}
