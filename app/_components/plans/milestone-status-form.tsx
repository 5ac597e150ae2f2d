"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import type { PlanActionData } from "@/lib/plans/action-results";
import { milestoneStatusAction } from "@/lib/plans/milestones/actions";
import { milestoneStatuses, type MilestoneStatus } from "@/lib/plans/vocabulary";
import { Button } from "../ui/button";
import { PlanResult } from "./plan-result";

/** Changing a milestone's status with a select and a button: fine by keyboard and on a phone. */
export function MilestoneStatusForm({ planId, version, milestoneId, status, title }: { planId: string; version: number; milestoneId: string; status: MilestoneStatus; title: string }) {
  const [state, action, pending] = useActionState<ActionState<PlanActionData>, FormData>(milestoneStatusAction, {});
  const id = `status-${milestoneId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="milestoneId" value={milestoneId} />
      <label htmlFor={id} className="sr-only">
        「{title}」の状況
      </label>
      <select id={id} name="status" defaultValue={status} key={status} className="rounded-md border border-line bg-page px-2 py-1.5 text-sm">
        {Object.entries(milestoneStatuses).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Button type="submit" disabled={pending} aria-label={`「${title}」の状況を変更`}>
        変更
      </Button>
      <span className="basis-full empty:hidden">
        <PlanResult state={state} planId={planId} />
      </span>
    </form>
  );
}
