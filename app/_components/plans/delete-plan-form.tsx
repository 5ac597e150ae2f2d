"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import type { PlanActionData } from "@/lib/plans/action-results";
import { deletePlanAction } from "@/lib/plans/plans/actions";
import { CheckboxField } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";
import { PlanResult } from "./plan-result";

/** Deleting a plan needs a ticked confirmation, checked again on the server. */
export function DeletePlanForm({ planId, version, title }: { planId: string; version: number; title: string }) {
  const [state, action] = useActionState<ActionState<PlanActionData>, FormData>(deletePlanAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm">プランとすべてのマイルストーンを削除します。元に戻せません。残しておきたい場合はアーカイブしてください。</p>
      <CheckboxField id="confirm-delete-plan" name="confirm" value="yes" label={`「${title}」を削除してよいことを確認しました`} error={state.fieldErrors?.confirm} />
      <PlanResult state={state} planId={planId} />
      <SubmitButton variant="danger" size="md" wide={false}>
        このプランを削除する
      </SubmitButton>
    </form>
  );
}
