"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { buttonClass, dangerButtonClass } from "./styles";

/** Destroying something takes two steps: 削除… opens a confirmation, and only its button deletes. */
export function ConfirmDelete({ label, warning, children }: { label: string; warning: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The opener disappears; keep keyboard focus inside the confirmation.
    if (open) cancel.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <button type="button" className={dangerButtonClass} aria-label={label} onClick={() => setOpen(true)}>
        削除…
      </button>
    );
  }
  return (
    <div role="group" aria-label={label} className="flex basis-full flex-wrap items-center gap-2 rounded-md border border-danger bg-danger-soft p-2">
      <p className="basis-full text-sm text-danger">{warning}</p>
      {children}
      <button ref={cancel} type="button" className={buttonClass} onClick={() => setOpen(false)}>
        やめる
      </button>
    </div>
  );
}
