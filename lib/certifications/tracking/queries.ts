import "server-only";
import { and, asc, count, desc, eq, gte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { pduEntries, studySessions, trackedCertifications, type PduEntry, type StudySession, type TrackedCertification } from "@/db/schema";
import { lockTrackedCertification } from "@/lib/limits/queries";
import { limits } from "@/lib/limits/vocabulary";
import type { PduCategory, TrackingStatus } from "./vocabulary";

export type TrackedWithMinutes = TrackedCertification & { studyMinutes: number };

/** Starts tracking a catalogue certification; tracking it twice keeps the first record. */
export async function trackCertification(userId: string, slug: string): Promise<TrackedCertification> {
  const db = await getDb();
  await db.insert(trackedCertifications).values({ userId, certificationSlug: slug }).onConflictDoNothing({ target: [trackedCertifications.userId, trackedCertifications.certificationSlug] });
  return (await getTrackedBySlug(userId, slug))!;
}

export async function listTracked(userId: string): Promise<TrackedWithMinutes[]> {
  const db = await getDb();
  const rows = await db
    .select({ tracked: trackedCertifications, studyMinutes: sql<number>`coalesce(sum(${studySessions.minutes}), 0)::int` })
    .from(trackedCertifications)
    .leftJoin(studySessions, eq(studySessions.trackedCertificationId, trackedCertifications.id))
    .where(eq(trackedCertifications.userId, userId))
    .groupBy(trackedCertifications.id)
    .orderBy(asc(trackedCertifications.createdAt), asc(trackedCertifications.id));
  return rows.map(({ tracked, studyMinutes }) => ({ ...tracked, studyMinutes: Number(studyMinutes) }));
}

export async function getTrackedBySlug(userId: string, slug: string): Promise<TrackedCertification | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(trackedCertifications)
    .where(and(eq(trackedCertifications.userId, userId), eq(trackedCertifications.certificationSlug, slug)))
    .limit(1);
  return row ?? null;
}

export interface TrackingDetails {
  status: TrackingStatus;
  examDate: string | null;
  resultDate: string | null;
  credentialId: string;
  expiresOn: string | null;
}

export async function updateTracked(userId: string, trackedId: string, details: TrackingDetails): Promise<TrackedCertification | null> {
  const db = await getDb();
  const [row] = await db
    .update(trackedCertifications)
    .set(details)
    .where(and(eq(trackedCertifications.userId, userId), eq(trackedCertifications.id, trackedId)))
    .returning();
  return row ?? null;
}

/** Stops tracking; its study sessions and PDU entries go with it (foreign keys cascade). */
export async function untrack(userId: string, trackedId: string): Promise<TrackedCertification | null> {
  const db = await getDb();
  const [row] = await db
    .delete(trackedCertifications)
    .where(and(eq(trackedCertifications.userId, userId), eq(trackedCertifications.id, trackedId)))
    .returning();
  return row ?? null;
}

export interface StudyInput {
  studiedOn: string;
  minutes: number;
  topic: string;
}

export async function listStudySessions(userId: string, trackedId: string): Promise<StudySession[]> {
  const db = await getDb();
  return db
    .select()
    .from(studySessions)
    .where(and(eq(studySessions.userId, userId), eq(studySessions.trackedCertificationId, trackedId)))
    .orderBy(desc(studySessions.studiedOn), desc(studySessions.createdAt));
}

/** Every session of the user from a date on (for the dashboard), with the slug it belongs to. */
export async function listStudySessionsSince(userId: string, from: string): Promise<(StudySession & { certificationSlug: string })[]> {
  const db = await getDb();
  const rows = await db
    .select({ session: studySessions, certificationSlug: trackedCertifications.certificationSlug })
    .from(studySessions)
    .innerJoin(trackedCertifications, eq(trackedCertifications.id, studySessions.trackedCertificationId))
    .where(and(eq(studySessions.userId, userId), gte(studySessions.studiedOn, from)));
  return rows.map(({ session, certificationSlug }) => ({ ...session, certificationSlug }));
}

/** Null when the record is not the user's; "limit" (nothing written) when it already has the maximum. */
export async function addStudySession(userId: string, trackedId: string, input: StudyInput): Promise<StudySession | "limit" | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await lockTrackedCertification(tx, userId, trackedId))) return null;
    const [existing] = await tx.select({ value: count() }).from(studySessions).where(eq(studySessions.trackedCertificationId, trackedId));
    if ((existing?.value ?? 0) >= limits.studySessionsPerCertification) return "limit" as const;
    const [row] = await tx.insert(studySessions).values({ userId, trackedCertificationId: trackedId, ...input }).returning();
    return row ?? null;
  });
}

export async function updateStudySession(userId: string, sessionId: string, input: StudyInput): Promise<StudySession | null> {
  const db = await getDb();
  const [row] = await db
    .update(studySessions)
    .set(input)
    .where(and(eq(studySessions.userId, userId), eq(studySessions.id, sessionId)))
    .returning();
  return row ?? null;
}

export async function deleteStudySession(userId: string, sessionId: string): Promise<StudySession | null> {
  const db = await getDb();
  const [row] = await db
    .delete(studySessions)
    .where(and(eq(studySessions.userId, userId), eq(studySessions.id, sessionId)))
    .returning();
  return row ?? null;
}

export interface PduInput {
  earnedOn: string;
  category: PduCategory;
  units: number;
  activity: string;
}

export async function listPduEntries(userId: string, trackedId: string): Promise<PduEntry[]> {
  const db = await getDb();
  return db
    .select()
    .from(pduEntries)
    .where(and(eq(pduEntries.userId, userId), eq(pduEntries.trackedCertificationId, trackedId)))
    .orderBy(desc(pduEntries.earnedOn), desc(pduEntries.createdAt));
}

/** Null when the record is not the user's; "limit" (nothing written) when it already has the maximum. */
export async function addPduEntry(userId: string, trackedId: string, input: PduInput): Promise<PduEntry | "limit" | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await lockTrackedCertification(tx, userId, trackedId))) return null;
    const [existing] = await tx.select({ value: count() }).from(pduEntries).where(eq(pduEntries.trackedCertificationId, trackedId));
    if ((existing?.value ?? 0) >= limits.pduEntriesPerCertification) return "limit" as const;
    const [row] = await tx.insert(pduEntries).values({ userId, trackedCertificationId: trackedId, ...input }).returning();
    return row ?? null;
  });
}

export async function deletePduEntry(userId: string, entryId: string): Promise<PduEntry | null> {
  const db = await getDb();
  const [row] = await db
    .delete(pduEntries)
    .where(and(eq(pduEntries.userId, userId), eq(pduEntries.id, entryId)))
    .returning();
  return row ?? null;
}
