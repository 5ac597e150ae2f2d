"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions/validated-action";
import { validatedActionWithUser } from "@/lib/actions/with-user";
import { limitMessages } from "@/lib/limits/vocabulary";
import { createProject, deleteProject, moveProject, saveProfile, updateProject, type SaveOutcome } from "./queries";
import { createProjectSchema, deleteProjectSchema, moveProjectSchema, pmpDescriptionSchema, profileSchema, updateProjectSchema } from "./schema";

/** Tells a form its copy is out of date, so it can offer to reload. */
export type CareerActionData = { stale?: boolean };

const notFound = "この案件は見つかりませんでした。削除された可能性があります。";
const stale = "別の画面やタブで先に保存されています。上書きしないよう、この変更は保存していません。最新の内容を読み込んでから、もう一度保存してください。";

function refused(reason: "not-found" | "stale" | "limit"): ActionState<CareerActionData> {
  if (reason === "limit") return { error: limitMessages.careerProjects };
  if (reason === "stale") return { error: stale, data: { stale: true } };
  return { error: notFound };
}

function afterSave<T>(outcome: SaveOutcome<T>, message: (value: T) => string): ActionState<CareerActionData> {
  if (!outcome.ok) return refused(outcome.reason);
  // Every career page and document reads the same record.
  revalidatePath("/me/career", "layout");
  revalidatePath("/me");
  return { ok: true, message: message(outcome.value) };
}

export const createProjectAction = validatedActionWithUser(createProjectSchema, async (input, user): Promise<ActionState<CareerActionData>> => {
  const outcome = await createProject(user.id, input);
  if (!outcome.ok) return refused(outcome.reason);
  revalidatePath("/me/career", "layout");
  redirect(`/me/career/projects/${outcome.value.id}?created=1`);
});

export const updateProjectAction = validatedActionWithUser(updateProjectSchema, async ({ projectId, version, project }, user) =>
  afterSave(await updateProject(user.id, projectId, version, project), (saved) => `「${saved.title}」を保存しました。`),
);

export const savePmpDescriptionAction = validatedActionWithUser(pmpDescriptionSchema, async ({ projectId, version, ...parts }, user) =>
  afterSave(await updateProject(user.id, projectId, version, parts), (saved) => `「${saved.title}」のPMP申請用の説明を保存しました。`),
);

export const moveProjectAction = validatedActionWithUser(moveProjectSchema, async ({ projectId, direction }, user) =>
  afterSave(await moveProject(user.id, projectId, direction), ({ title, moved }) =>
    moved ? `「${title}」を1つ${direction === "up" ? "上" : "下"}に移動しました。` : `「${title}」はすでに${direction === "up" ? "先頭" : "最後"}です。`,
  ),
);

export const deleteProjectAction = validatedActionWithUser(deleteProjectSchema, async ({ projectId }, user): Promise<ActionState<CareerActionData>> => {
  const deleted = await deleteProject(user.id, projectId);
  if (!deleted) return { error: notFound };
  revalidatePath("/me/career", "layout");
  redirect("/me/career?deleted=1");
});

export const saveProfileAction = validatedActionWithUser(profileSchema, async ({ version, ...input }, user) =>
  afterSave(await saveProfile(user.id, version, input), () => "職務要約・自己PRなどを保存しました。"),
);
