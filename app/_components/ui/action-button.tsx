"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { Button, type ButtonLook } from "./button";
import { ActionResult } from "./status-message";

type Action<Data> = (state: ActionState<Data>, formData: FormData) => Promise<ActionState<Data>>;

interface ActionButtonProps<Data> extends ButtonLook {
  action: Action<Data>;
  /** What the button sends (an id, a direction…). */
  fields?: Record<string, string>;
  children: ReactNode;
  /** The accessible name when the visible label is short (上へ → 「…」を上へ). */
  label?: string;
  disabled?: boolean;
  /** Added to an error, such as a link that reloads a stale page. */
  onError?: (state: ActionState<Data>) => ReactNode;
}

/**
 * One button that runs one server action, with its outcome beside it. Its form is `display:
 * contents`, so the button sits in its row like any other; focus comes back to it after the page
 * refreshes (a reordered list moves it), so keyboard users can keep pressing.
 */
export function ActionButton<Data = unknown>({ action, fields = {}, children, label, disabled, onError, variant = "secondary", size = "md", wide }: ActionButtonProps<Data>) {
  const [state, formAction, pending] = useActionState<ActionState<Data>, FormData>(action, {});
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.ok && button.current && !button.current.disabled) button.current.focus();
  }, [state]);
  return (
    <form action={formAction} className="contents">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button ref={button} type="submit" disabled={pending || disabled} aria-label={label} variant={variant} size={size} wide={wide}>
        {children}
      </Button>
      {(state.error || (state.ok && state.message)) && (
        <span className="basis-full">
          <ActionResult state={state}>{state.error && onError?.(state)}</ActionResult>
        </span>
      )}
    </form>
  );
}
