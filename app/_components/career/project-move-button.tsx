"use client";

import { useActionState, useEffect, useRef } from "react";
import { buttonClasses } from "@/app/_components/ui/button";
import type { ActionState } from "@/lib/actions/validated-action";
import { moveProjectAction, type CareerActionData } from "@/lib/career/actions";

/** 上へ / 下へ for one project; focus stays on the button after the list re-renders, so keyboard users can keep pressing. */
export function ProjectMoveButton({ projectId, title, direction, disabled }: { projectId: string; title: string; direction: "up" | "down"; disabled: boolean }) {
  const [state, action, pending] = useActionState<ActionState<CareerActionData>, FormData>(moveProjectAction, {});
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.ok && button.current && !button.current.disabled) button.current.focus();
  }, [state]);
  return (
    <form action={action} className="contents">
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="direction" value={direction} />
      <button ref={button} type="submit" disabled={pending || disabled} aria-label={`「${title}」を${direction === "up" ? "上へ" : "下へ"}`} className={buttonClasses()}>
        {direction === "up" ? "上へ" : "下へ"}
      </button>
      {(state.error || state.message) && (
        <span role={state.error ? "alert" : "status"} className={`basis-full text-sm ${state.error ? "text-danger" : "text-success"}`}>
          {state.error ?? state.message}
        </span>
      )}
    </form>
  );
}
