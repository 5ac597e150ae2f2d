"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import type { PlanActionData } from "@/lib/plans/action-results";
import { ActionMessage } from "./action-message";
import { buttonClass } from "./styles";

type Action = (state: ActionState<PlanActionData>, formData: FormData) => Promise<ActionState<PlanActionData>>;

interface PlanActionButtonProps {
  action: Action;
  planId: string;
  version: number;
  /** Extra hidden fields (a milestone id, a direction…). */
  fields?: Record<string, string>;
  children: ReactNode;
  /** The accessible name when the visible label is short (上へ → 「…」を上へ). */
  label?: string;
  className?: string;
  disabled?: boolean;
}

/** One button that changes a plan, carrying the version the page was loaded with. Keeps focus after the page refreshes. */
export function PlanActionButton({ action, planId, version, fields = {}, children, label, className = buttonClass, disabled }: PlanActionButtonProps) {
  const [state, formAction, pending] = useActionState<ActionState<PlanActionData>, FormData>(action, {});
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Reordering moves this form in the page; put focus back so keyboard users can keep pressing.
    if (state.ok && button.current && !button.current.disabled) button.current.focus();
  }, [state]);
  return (
    <form action={formAction} className="contents">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button ref={button} type="submit" disabled={pending || disabled} aria-label={label} className={className}>
        {children}
      </button>
      <ActionMessage state={state} planId={planId} inline />
    </form>
  );
}
