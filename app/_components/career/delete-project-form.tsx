"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/app/_components/ui/button";
import type { ActionState } from "@/lib/actions/validated-action";
import { deleteProjectAction, type CareerActionData } from "@/lib/career/actions";
import { CareerMessage } from "./career-message";

/** Deleting asks for a tick first; without it the server refuses and nothing changes. */
export function DeleteProjectForm({ projectId, title }: { projectId: string; title: string }) {
  const [state, action, pending] = useActionState<ActionState<CareerActionData>, FormData>(deleteProjectAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={projectId} />
      <div className="flex items-start gap-2">
        <input id="delete-confirm" name="confirm" type="checkbox" value="yes" className="mt-1 h-5 w-5" aria-describedby={state.fieldErrors?.confirm ? "delete-confirm-error" : undefined} />
        <label htmlFor="delete-confirm" className="text-sm">
          「{title}」を削除してよいことを確認しました（元に戻せません）
        </label>
      </div>
      {state.fieldErrors?.confirm && (
        <p id="delete-confirm-error" className="text-sm text-danger">
          {state.fieldErrors.confirm}
        </p>
      )}
      <CareerMessage state={{ ...state, error: state.fieldErrors?.confirm ? undefined : state.error }} reloadHref="/me/career" />
      <button type="submit" disabled={pending} className={buttonClasses({ variant: "danger" })}>
        この案件を削除する
      </button>
    </form>
  );
}
