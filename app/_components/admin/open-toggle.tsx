"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { toggleListingOpen } from "@/lib/listings/admin-actions";

export function OpenToggle({ id, isOpen, title }: { id: string; isOpen: boolean; title: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(toggleListingOpen, {});
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="open" value={isOpen ? "0" : "1"} />
      <button type="submit" disabled={pending} className="rounded-md border border-line px-2 py-1 text-xs hover:border-brand disabled:opacity-60" aria-label={`${title}を${isOpen ? "募集終了にする" : "募集再開する"}`}>
        {isOpen ? "募集終了にする" : "募集再開"}
      </button>
      <span role="status" className="text-xs text-ink-muted">
        {state.error ?? ""}
      </span>
    </form>
  );
}
