import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { bookmarks, listings, planMilestones, plans, reminderPreferences, reminders, savedSearches, trackedCertifications, users, type Reminder, type ReminderKind } from "@/db/schema";
import { addDays, type IsoDate } from "@/lib/calendar/japan-date";
import { now } from "@/lib/clock";
import { isUuid } from "@/lib/ids";
import { listingConditions } from "@/lib/listings/search/conditions";
import { parseListingFilters, rawParamsFromQuery } from "@/lib/listings/search/filters";
import { defaultPreferences, DIGEST_MAX_LISTINGS, FOLLOW_UP_QUIET_DAYS, leadDays, type DigestFrequency, type SwitchableKind } from "./vocabulary";

export type Preferences = Record<SwitchableKind, boolean>;

export async function getPreferences(userId: string): Promise<Preferences> {
  const db = await getDb();
  const [row] = await db.select().from(reminderPreferences).where(eq(reminderPreferences.userId, userId));
  return row ? { exam: row.exam, renewal: row.renewal, milestone: row.milestone, followUp: row.followUp, expiry: row.expiry } : { ...defaultPreferences };
}

export async function savePreferences(userId: string, preferences: Partial<Preferences>): Promise<void> {
  const db = await getDb();
  const values = { ...(await getPreferences(userId)), ...preferences, updatedAt: now() };
  await db.insert(reminderPreferences).values({ userId, ...values }).onConflictDoUpdate({ target: reminderPreferences.userId, set: values });
}

/** Switching a digest on starts it from now, so the first mail holds only listings new from here. Null when not the user's search. */
export async function setSearchDigest(userId: string, searchId: string, frequency: DigestFrequency): Promise<{ name: string } | null> {
  if (!isUuid(searchId)) return null;
  const db = await getDb();
  const [updated] = await db
    .update(savedSearches)
    .set({ digest: frequency, digestThrough: sql`case when ${savedSearches.digest} = 'off' then ${now().toISOString()}::timestamptz else ${savedSearches.digestThrough} end` })
    .where(and(eq(savedSearches.userId, userId), eq(savedSearches.id, searchId)))
    .returning({ name: savedSearches.name });
  return updated ?? null;
}

// お知らせ on /me

export async function listReminders(userId: string, limit = 20): Promise<Reminder[]> {
  const db = await getDb();
  return db.select().from(reminders).where(eq(reminders.userId, userId)).orderBy(desc(reminders.createdAt)).limit(limit);
}

export async function countUnreadReminders(userId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ value: sql<number>`count(*)::int` }).from(reminders).where(and(eq(reminders.userId, userId), isNull(reminders.readAt)));
  return row?.value ?? 0;
}

export async function markRemindersRead(userId: string): Promise<number> {
  const db = await getDb();
  const read = await db.update(reminders).set({ readAt: now() }).where(and(eq(reminders.userId, userId), isNull(reminders.readAt))).returning({ id: reminders.id });
  return read.length;
}

// What may be due: every query reads only rows whose date falls within the kind's longest lead time.

const owner = { userId: users.id, email: users.email, name: users.name, emailVerifiedAt: users.emailVerifiedAt };
const preferenceOf = (column: keyof Preferences) => sql<boolean>`coalesce(${reminderPreferences[column]}, ${defaultPreferences[column]})`;

export async function examCandidates(today: IsoDate) {
  const db = await getDb();
  return db
    .select({ ...owner, mail: preferenceOf("exam"), id: trackedCertifications.id, slug: trackedCertifications.certificationSlug, date: trackedCertifications.examDate, updatedAt: trackedCertifications.updatedAt })
    .from(trackedCertifications)
    .innerJoin(users, eq(users.id, trackedCertifications.userId))
    .leftJoin(reminderPreferences, eq(reminderPreferences.userId, users.id))
    .where(and(inArray(trackedCertifications.status, ["interested", "studying", "scheduled"]), gt(trackedCertifications.examDate, today), lte(trackedCertifications.examDate, addDays(today, leadDays.exam[0]))));
}

/** Passed certifications (the renewal and expiry kinds decide which apply); their dates are checked in code. */
export async function passedCandidates() {
  const db = await getDb();
  return db
    .select({
      ...owner,
      renewalMail: preferenceOf("renewal"),
      expiryMail: preferenceOf("expiry"),
      id: trackedCertifications.id,
      slug: trackedCertifications.certificationSlug,
      status: trackedCertifications.status,
      resultDate: trackedCertifications.resultDate,
      expiresOn: trackedCertifications.expiresOn,
      updatedAt: trackedCertifications.updatedAt,
    })
    .from(trackedCertifications)
    .innerJoin(users, eq(users.id, trackedCertifications.userId))
    .leftJoin(reminderPreferences, eq(reminderPreferences.userId, users.id))
    .where(and(inArray(trackedCertifications.status, ["passed", "renewal_due"]), or(isNotNull(trackedCertifications.resultDate), isNotNull(trackedCertifications.expiresOn))));
}

export async function milestoneCandidates(today: IsoDate) {
  const db = await getDb();
  return db
    .select({ ...owner, mail: preferenceOf("milestone"), id: planMilestones.id, title: planMilestones.title, planId: plans.id, planTitle: plans.title, date: planMilestones.dueDate, updatedAt: planMilestones.updatedAt })
    .from(planMilestones)
    .innerJoin(plans, eq(plans.id, planMilestones.planId))
    .innerJoin(users, eq(users.id, planMilestones.userId))
    .leftJoin(reminderPreferences, eq(reminderPreferences.userId, users.id))
    .where(and(ne(planMilestones.status, "done"), gte(planMilestones.dueDate, addDays(today, -7)), lte(planMilestones.dueDate, addDays(today, leadDays.milestone[0]))));
}

export async function followUpCandidates(at: Date) {
  const db = await getDb();
  return db
    .select({ ...owner, mail: preferenceOf("followUp"), id: bookmarks.id, status: bookmarks.status, listingId: listings.id, listingTitle: listings.title, company: listings.company, updatedAt: bookmarks.updatedAt })
    .from(bookmarks)
    .innerJoin(listings, eq(listings.id, bookmarks.listingId))
    .innerJoin(users, eq(users.id, bookmarks.userId))
    .leftJoin(reminderPreferences, eq(reminderPreferences.userId, users.id))
    .where(and(inArray(bookmarks.status, ["applied", "interviewing"]), lte(bookmarks.updatedAt, new Date(at.getTime() - FOLLOW_UP_QUIET_DAYS * 24 * 60 * 60 * 1000))));
}

export async function digestCandidates(frequencies: DigestFrequency[]) {
  const db = await getDb();
  return db
    .select({ ...owner, id: savedSearches.id, searchName: savedSearches.name, query: savedSearches.query, digestThrough: savedSearches.digestThrough, createdAt: savedSearches.createdAt })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .where(inArray(savedSearches.digest, frequencies));
}

/** Listings matching a saved search created after `since`, newest first, and how many there are in all. */
export async function newListingsFor(query: string, since: Date, until: Date) {
  const db = await getDb();
  const conditions = [...listingConditions(parseListingFilters(rawParamsFromQuery(query))), gt(listings.createdAt, since), lte(listings.createdAt, until)];
  const [rows, [total]] = await Promise.all([
    db.select({ id: listings.id, title: listings.title, company: listings.company }).from(listings).where(and(...conditions)).orderBy(desc(listings.createdAt)).limit(DIGEST_MAX_LISTINGS),
    db.select({ value: sql<number>`count(*)::int` }).from(listings).where(and(...conditions)),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** After a digest was made: the next one starts here. Conditional, so two instances move it once. */
export async function advanceDigest(searchId: string, from: Date | null, to: Date): Promise<boolean> {
  const db = await getDb();
  const moved = await db
    .update(savedSearches)
    .set({ digestThrough: to })
    .where(and(eq(savedSearches.id, searchId), from ? eq(savedSearches.digestThrough, from) : isNull(savedSearches.digestThrough)))
    .returning({ id: savedSearches.id });
  return moved.length > 0;
}

// The outbox

export interface NewReminder {
  userId: string;
  kind: ReminderKind;
  key: string;
  title: string;
  body: string;
  link: string;
  mail: boolean;
}

/** Once per user and key: a second instance (or a second tick) inserting the same key adds nothing. */
export async function addReminder(reminder: NewReminder, at: Date): Promise<boolean> {
  const db = await getDb();
  const { mail, ...values } = reminder;
  const added = await db
    .insert(reminders)
    .values({ ...values, mailStatus: mail ? "pending" : "not-mailed", createdAt: at, nextAttemptAt: at })
    .onConflictDoNothing({ target: [reminders.userId, reminders.key] })
    .returning({ id: reminders.id });
  return added.length > 0;
}

export type ClaimedMail = Pick<Reminder, "id" | "userId" | "kind" | "key" | "title" | "body" | "link" | "attempts"> & { email: string; name: string | null };

/**
 * Takes up to `limit` mails that are due, or whose sender's lease ran out (it crashed after claiming),
 * for this instance: SKIP LOCKED lets instances share the outbox without waiting on each other.
 */
export async function claimDueMails(at: Date, leaseMs: number, limit: number): Promise<ClaimedMail[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: reminders.id })
      .from(reminders)
      .where(and(inArray(reminders.mailStatus, ["pending", "sending"]), lte(reminders.nextAttemptAt, at)))
      .orderBy(asc(reminders.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx
      .update(reminders)
      .set({ mailStatus: "sending", attempts: sql`${reminders.attempts} + 1`, nextAttemptAt: new Date(at.getTime() + leaseMs) })
      .where(inArray(reminders.id, due.map((row) => row.id)))
      .returning();
    const owners = await tx.select({ id: users.id, email: users.email, name: users.name }).from(users).where(inArray(users.id, [...new Set(claimed.map((row) => row.userId))]));
    const byId = new Map(owners.map((user) => [user.id, user]));
    return claimed.flatMap((row) => {
      const user = byId.get(row.userId);
      return user ? [{ id: row.id, userId: row.userId, kind: row.kind, key: row.key, title: row.title, body: row.body, link: row.link, attempts: row.attempts, email: user.email, name: user.name }] : [];
    });
  });
}

export async function markMailSent(id: string, at: Date): Promise<void> {
  const db = await getDb();
  await db.update(reminders).set({ mailStatus: "sent", sentAt: at, lastError: null }).where(eq(reminders.id, id));
}

/** A failed attempt: tried again at `retryAt`, or given up (status failed) when there is none. */
export async function markMailFailed(id: string, error: string, retryAt: Date | null): Promise<void> {
  const db = await getDb();
  await db
    .update(reminders)
    .set(retryAt ? { mailStatus: "pending", nextAttemptAt: retryAt, lastError: error.slice(0, 500) } : { mailStatus: "failed", lastError: error.slice(0, 500) })
    .where(eq(reminders.id, id));
}
