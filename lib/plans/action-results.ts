import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/actions/validated-action";
import { limitMessages } from "@/lib/limits/vocabulary";
import type { ChangeResult, RefusalReason } from "./plans/queries";

/** Tells the form that its copy is out of date, so it can offer a reload link. */
export type PlanActionData = { stale?: boolean };

const staleMessage = "このプランは別の画面やタブで先に更新されています。上書きしないよう、この変更は保存していません。最新の内容を読み込んでから、もう一度操作してください。";

export function refusal(reason: RefusalReason): ActionState<PlanActionData> {
  if (reason === "limit") return { error: limitMessages.milestones };
  if (reason === "stale") return { error: staleMessage, data: { stale: true } };
  if (reason === "bookmark") return { error: "入力内容を確認してください。", fieldErrors: { bookmarkId: "選んだ求人は検討リストにありません。" } };
  return { error: "このプランまたはマイルストーンは見つかりませんでした。削除された可能性があります。" };
}

export function refreshPlanPages(planId?: string) {
  revalidatePath("/me/plans");
  revalidatePath("/me");
  if (planId) revalidatePath(`/me/plans/${planId}`);
}

/** The usual ending of a plan change: refresh the pages and confirm, or explain the refusal. */
export function afterChange<T>(result: ChangeResult<T>, planId: string, message: string | ((value: T) => string)): ActionState<PlanActionData> {
  if (!result.ok) return refusal(result.reason);
  refreshPlanPages(planId);
  return { ok: true, message: typeof message === "string" ? message : message(result.value) };
}
