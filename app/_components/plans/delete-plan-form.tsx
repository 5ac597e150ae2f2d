"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import type { PlanActionData } from "@/lib/plans/action-results";
import { deletePlanAction } from "@/lib/plans/actions";
import { ActionMessage } from "./action-message";
import { dangerButtonClass } from "./styles";

/** Deleting a plan needs a ticked confirmation, checked again on the server. */
export function DeletePlanForm({ planId, version, title }: { planId: string; version: number; title: string }) {
  const [state, action, pending] = useActionState<ActionState<PlanActionData>, FormData>(deletePlanAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm">プランとすべてのマイルストーンを削除します。元に戻せません。残しておきたい場合はアーカイブしてください。</p>
      <div className="flex items-start gap-2">
        <input id="confirm-delete-plan" type="checkbox" name="confirm" value="yes" className="mt-1 h-4 w-4" aria-describedby={state.fieldErrors?.confirm ? "confirm-delete-plan-error" : undefined} />
        <label htmlFor="confirm-delete-plan" className="text-sm">
          「{title}」を削除してよいことを確認しました
        </label>
      </div>
      {state.fieldErrors?.confirm && (
        <p id="confirm-delete-plan-error" className="text-sm text-danger">
          {state.fieldErrors.confirm}
        </p>
      )}
      <ActionMessage state={state} planId={planId} />
      <button type="submit" disabled={pending} className={dangerButtonClass}>
        このプランを削除する
      </button>
    </form>
  );
}
