import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { careerProfiles, careerProjects, type CareerProfile, type CareerProject } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import { lockUser } from "@/lib/limits/queries";
import { limits } from "@/lib/limits/vocabulary";
import type { PmpDescriptionInput, ProfileInput, ProjectInput } from "./schema";

/** Why a save did not happen: the project is not the user's, or the form was loaded before another save. */
export type SaveOutcome<T> = { ok: true; value: T } | { ok: false; reason: "not-found" | "stale" | "limit" };

const ownProject = (userId: string, projectId: string) => and(eq(careerProjects.userId, userId), eq(careerProjects.id, projectId));

/** The user's projects in their own order. */
export async function listProjects(userId: string): Promise<CareerProject[]> {
  const db = await getDb();
  return db.select().from(careerProjects).where(eq(careerProjects.userId, userId)).orderBy(asc(careerProjects.position), asc(careerProjects.createdAt));
}

export async function getProject(userId: string, projectId: string): Promise<CareerProject | null> {
  if (!isUuid(projectId)) return null;
  const db = await getDb();
  const [project] = await db.select().from(careerProjects).where(ownProject(userId, projectId));
  return project ?? null;
}

/** Adds a project at the top of the list (the newest is usually the one a reader wants first). */
export async function createProject(userId: string, input: ProjectInput): Promise<SaveOutcome<CareerProject>> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await lockUser(tx, userId))) return { ok: false, reason: "not-found" };
    const [existing] = await tx.select({ total: count(), first: sql<number>`coalesce(min(${careerProjects.position}), 0)::int` }).from(careerProjects).where(eq(careerProjects.userId, userId));
    if ((existing?.total ?? 0) >= limits.careerProjectsPerUser) return { ok: false, reason: "limit" };
    const [project] = await tx
      .insert(careerProjects)
      .values({ ...input, userId, position: (existing?.first ?? 0) - 1 })
      .returning();
    return { ok: true, value: project! };
  });
}

/** Saves the whole project only at the version the form was loaded with. */
export async function updateProject(userId: string, projectId: string, version: number, input: ProjectInput | PmpDescriptionInput): Promise<SaveOutcome<CareerProject>> {
  const db = await getDb();
  const [saved] = await db
    .update(careerProjects)
    .set({ ...input, version: sql`${careerProjects.version} + 1` })
    .where(and(ownProject(userId, projectId), eq(careerProjects.version, version)))
    .returning();
  if (saved) return { ok: true, value: saved };
  return { ok: false, reason: (await getProject(userId, projectId)) ? "stale" : "not-found" };
}

/** Swaps a project with its neighbour; at either end it stays. Renumbers the list, which also repairs ties. */
export async function moveProject(userId: string, projectId: string, direction: "up" | "down"): Promise<SaveOutcome<{ title: string; moved: boolean }>> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockUser(tx, userId);
    const ordered = await tx
      .select({ id: careerProjects.id, title: careerProjects.title })
      .from(careerProjects)
      .where(eq(careerProjects.userId, userId))
      .orderBy(asc(careerProjects.position), asc(careerProjects.createdAt));
    const index = ordered.findIndex((project) => project.id === projectId);
    if (index === -1) return { ok: false, reason: "not-found" };
    const target = direction === "up" ? index - 1 : index + 1;
    const title = ordered[index]!.title;
    if (target < 0 || target >= ordered.length) return { ok: true, value: { title, moved: false } };
    const order = ordered.map((project) => project.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    for (const [position, id] of order.entries()) {
      await tx.update(careerProjects).set({ position }).where(ownProject(userId, id));
    }
    return { ok: true, value: { title, moved: true } };
  });
}

export async function deleteProject(userId: string, projectId: string): Promise<CareerProject | null> {
  if (!isUuid(projectId)) return null;
  const db = await getDb();
  const [deleted] = await db.delete(careerProjects).where(ownProject(userId, projectId)).returning();
  return deleted ?? null;
}

/** The profile part of the record, or null before the first save. */
export async function getProfile(userId: string): Promise<CareerProfile | null> {
  const db = await getDb();
  const [profile] = await db.select().from(careerProfiles).where(eq(careerProfiles.userId, userId));
  return profile ?? null;
}

/**
 * Saves the profile at the version the form was loaded with: 0 means "there was none yet", so two
 * first saves from two tabs cannot both win either.
 */
export async function saveProfile(userId: string, version: number, input: ProfileInput): Promise<SaveOutcome<CareerProfile>> {
  const db = await getDb();
  const [saved] =
    version === 0
      ? await db.insert(careerProfiles).values({ ...input, userId }).onConflictDoNothing().returning()
      : await db
          .update(careerProfiles)
          .set({ ...input, version: sql`${careerProfiles.version} + 1` })
          .where(and(eq(careerProfiles.userId, userId), eq(careerProfiles.version, version)))
          .returning();
  return saved ? { ok: true, value: saved } : { ok: false, reason: "stale" };
}
