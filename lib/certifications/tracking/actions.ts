"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { validatedActionForVisitor, validatedActionWithUser } from "@/lib/actions/with-user";
import { limitMessages } from "@/lib/limits/vocabulary";
import { getCertification } from "../catalogue";
import * as queries from "./queries";
import * as schema from "./schema";
import { trackingStatuses } from "./vocabulary";

const notFound = { error: "この記録は見つかりませんでした。ページを再読み込みしてください。" };
const refresh = () => revalidatePath("/me/certifications", "layout");

/** From the public catalogue or the tracker: anonymous visitors sign in first and come back to their new record. */
const unknownCertification = { error: "この資格は見つかりませんでした。" };

export const trackCertificationAction = validatedActionForVisitor(
  schema.trackSchema,
  async ({ slug }) => ((await getCertification(slug)) ? { pending: { kind: "certification", slug }, returnTo: `/me/certifications/${slug}` } : unknownCertification),
  async ({ slug }, user) => {
    if (!(await getCertification(slug))) return unknownCertification;
    await queries.trackCertification(user.id, slug);
    refresh();
    redirect(`/me/certifications/${slug}`);
  },
);

export const untrackCertificationAction = validatedActionWithUser(schema.trackedIdSchema, async ({ trackedId }, user) => {
  if (!(await queries.untrack(user.id, trackedId))) return notFound;
  refresh();
  redirect("/me/certifications?removed=1");
});

export const saveTrackingDetailsAction = validatedActionWithUser(schema.trackingDetailsSchema, async ({ trackedId, ...details }, user) => {
  if (!(await queries.updateTracked(user.id, trackedId, details))) return notFound;
  refresh();
  return { ok: true, message: `保存しました（ステータス: ${trackingStatuses[details.status]}）。` };
});

export const addStudySessionAction = validatedActionWithUser(schema.studySessionSchema, async ({ trackedId, ...input }, user) => {
  const added = await queries.addStudySession(user.id, trackedId, input);
  if (added === "limit") return { error: limitMessages.studySessions };
  if (!added) return notFound;
  refresh();
  return { ok: true, message: `${input.minutes}分の学習を記録しました。` };
});

export const updateStudySessionAction = validatedActionWithUser(schema.studySessionUpdateSchema, async ({ sessionId, ...input }, user) => {
  if (!(await queries.updateStudySession(user.id, sessionId, input))) return notFound;
  refresh();
  return { ok: true, message: "学習記録を更新しました。" };
});

export const deleteStudySessionAction = validatedActionWithUser(schema.studySessionDeleteSchema, async ({ sessionId }, user) => {
  if (!(await queries.deleteStudySession(user.id, sessionId))) return notFound;
  refresh();
  return { ok: true, message: "学習記録を削除しました。" };
});

export const addPduEntryAction = validatedActionWithUser(schema.pduEntrySchema, async ({ trackedId, ...input }, user) => {
  const added = await queries.addPduEntry(user.id, trackedId, input);
  if (added === "limit") return { error: limitMessages.pduEntries };
  if (!added) return notFound;
  refresh();
  return { ok: true, message: `${input.units} PDUを記録しました。` };
});

export const deletePduEntryAction = validatedActionWithUser(schema.pduEntryDeleteSchema, async ({ entryId }, user) => {
  if (!(await queries.deletePduEntry(user.id, entryId))) return notFound;
  refresh();
  return { ok: true, message: "PDUの記録を削除しました。" };
});
