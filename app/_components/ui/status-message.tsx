import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { FormAlert } from "./form-alert";

const tones = {
  success: "text-sm text-success",
  /** A page-level notice: a message that arrived with the page (?done=…, ?saved=…). */
  notice: "rounded-md border border-line bg-surface px-3 py-2",
  /** A result that stays on screen instead of the form that produced it. */
  boxed: "rounded-md border border-success px-3 py-2 text-success",
};

/** A confirmation, announced politely. */
export function StatusMessage({ children, tone = "success" }: { children: ReactNode; tone?: keyof typeof tones }) {
  return (
    <p role="status" className={tones[tone]}>
      {children}
    </p>
  );
}

/**
 * The one way an action's outcome is shown: the error as an alert (with anything the feature adds
 * to it, such as a reload link), or the success message as a status; nothing before the first submit.
 */
export function ActionResult({ state, children }: { state: ActionState<unknown>; children?: ReactNode }) {
  if (state.error) return <FormAlert message={state.error}>{children}</FormAlert>;
  if (state.ok && state.message) return <StatusMessage>{state.message}</StatusMessage>;
  return null;
}
