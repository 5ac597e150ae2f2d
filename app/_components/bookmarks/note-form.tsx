"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { saveBookmarkNote } from "@/lib/bookmarks/actions";

export function NoteForm({ bookmarkId, note, label }: { bookmarkId: string; note: string; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveBookmarkNote, {});
  const id = `note-${bookmarkId}`;
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="bookmarkId" value={bookmarkId} />
      <label htmlFor={id} className="text-xs font-semibold text-ink-muted">
        メモ（自分だけに表示）<span className="sr-only">: {label}</span>
      </label>
      <textarea
        id={id}
        name="note"
        defaultValue={state.values?.note ?? note}
        maxLength={2000}
        rows={2}
        placeholder="面談日、担当者、気になった点など"
        className="block w-full rounded-md border border-line bg-page px-2 py-1 text-sm"
      />
      <div className="flex items-center gap-2">
        <button type="submit" disabled={pending} className="rounded-md border border-line px-2 py-1 text-xs hover:border-brand disabled:opacity-60">
          メモを保存
        </button>
        <span role="status" className={`text-xs ${state.error || state.fieldErrors ? "text-danger" : "text-success"}`}>
          {state.fieldErrors?.note ?? state.error ?? (state.ok ? state.message : "")}
        </span>
      </div>
    </form>
  );
}
