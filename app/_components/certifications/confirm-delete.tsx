"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { FormAlert } from "../ui/form-alert";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Destroying data takes two clicks: the first asks, the second does it. */
export function ConfirmDelete({ action, name, value, label, question, confirmLabel }: { action: Action; name: string; value: string; label: string; question: string; confirmLabel: string }) {
  const [asking, setAsking] = useState(false);
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const cancel = useRef<HTMLButtonElement>(null);
  // Keep keyboard focus in the question that replaced the button.
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className="rounded-md border border-line px-2 py-1 text-sm text-danger hover:border-danger">
        {label}
      </button>
    );
  }
  return (
    <form action={formAction} role="group" aria-label={label} className="flex flex-wrap items-center gap-2 rounded-md border border-danger bg-danger-soft p-2">
      <input type="hidden" name={name} value={value} />
      <p className="text-sm">{question}</p>
      <button type="submit" disabled={pending} className="rounded-md bg-danger px-2 py-1 text-sm font-semibold text-page disabled:opacity-60">
        {confirmLabel}
      </button>
      <button ref={cancel} type="button" onClick={() => setAsking(false)} className="rounded-md border border-line bg-page px-2 py-1 text-sm">
        やめる
      </button>
      <FormAlert message={state.error} />
    </form>
  );
}
