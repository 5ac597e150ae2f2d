"use client";

import { useActionState } from "react";
import { Field } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import type { ActionState } from "@/lib/actions/validated-action";
import type { PlanActionData } from "@/lib/plans/action-results";
import { createPlanAction, updatePlanAction } from "@/lib/plans/plans/actions";
import { PlanResult } from "./plan-result";
import { usePinnedVersion } from "./use-pinned-version";

interface PlanFormProps {
  initial: { title: string; goalRole: string; targetDate: string | null };
  /** Editing an existing plan; without it the form creates one. */
  plan?: { id: string; version: number };
  pathSlug?: string;
  today: string;
}

export function PlanForm({ initial, plan, pathSlug, today }: PlanFormProps) {
  const [state, action] = useActionState<ActionState<PlanActionData>, FormData>(plan ? updatePlanAction : createPlanAction, {});
  const value = (name: keyof PlanFormProps["initial"]) => state.values?.[name] ?? initial[name] ?? "";
  const prefix = plan ? "plan-edit" : "plan-new";
  const pinned = usePinnedVersion(plan?.version ?? 0, state);
  return (
    <form action={action} onChange={pinned.onChange} className="space-y-4" noValidate>
      {plan && (
        <>
          <input type="hidden" name="planId" value={plan.id} />
          <input type="hidden" name="version" value={pinned.version} />
        </>
      )}
      {pathSlug && <input type="hidden" name="pathSlug" value={pathSlug} />}
      <Field id={`${prefix}-title`} name="title" label="プラン名" required maxLength={100} defaultValue={value("title")} error={state.fieldErrors?.title} />
      <Field
        id={`${prefix}-goal`}
        name="goalRole"
        label="目指す役割"
        required
        maxLength={100}
        hint="例: PM、ITコンサルタント、フリーランスPMO"
        defaultValue={value("goalRole")}
        error={state.fieldErrors?.goalRole}
      />
      <Field
        id={`${prefix}-target`}
        name="targetDate"
        type="date"
        label="目標日（任意）"
        min={plan ? undefined : today}
        hint={pathSlug ? "マイルストーンの期日は、この日から各ステージの期間をさかのぼって提案します。" : "いつまでに達成したいかの目安です。"}
        defaultValue={value("targetDate")}
        error={state.fieldErrors?.targetDate}
      />
      <PlanResult state={state} planId={plan?.id} />
      <SubmitButton pendingLabel="保存しています…" wide={false}>
        {plan ? "プランの内容を保存" : "プランを作成"}
      </SubmitButton>
    </form>
  );
}
