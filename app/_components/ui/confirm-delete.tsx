"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "./button";

interface ConfirmDeleteProps {
  /** The opener's visible text. */
  opener?: string;
  /** The accessible name of the opener and of the confirmation, when the opener's text is not enough. */
  label?: string;
  question: string;
  /** The control that really deletes (an ActionButton). */
  children: ReactNode;
}

/** Destroying data takes two steps: the opener asks, and only the confirmation's own button deletes. */
export function ConfirmDelete({ opener = "削除…", label, question, children }: ConfirmDeleteProps) {
  const [open, setOpen] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The opener disappears; keep keyboard focus inside the confirmation.
    if (open) cancel.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <Button variant="danger" size="md" aria-label={label} onClick={() => setOpen(true)}>
        {opener}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={label ?? opener} className="flex basis-full flex-wrap items-center gap-2 rounded-md border border-danger bg-danger-soft p-2">
      <p className="basis-full text-sm text-danger">{question}</p>
      {children}
      <Button ref={cancel} size="md" onClick={() => setOpen(false)}>
        やめる
      </Button>
    </div>
  );
}
