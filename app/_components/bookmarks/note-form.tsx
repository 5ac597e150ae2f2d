"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { saveBookmarkNoteAction } from "@/lib/bookmarks/actions";
import { Button } from "../ui/button";
import { FieldError } from "../ui/field";
import { ActionResult } from "../ui/status-message";

export function NoteForm({ bookmarkId, note, label }: { bookmarkId: string; note: string; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveBookmarkNoteAction, {});
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
        aria-invalid={state.fieldErrors?.note ? true : undefined}
        aria-describedby={state.fieldErrors?.note ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-line bg-page px-2 py-1 text-sm"
      />
      <FieldError id={id} error={state.fieldErrors?.note} />
      <Button type="submit" disabled={pending} size="xs">
        メモを保存
      </Button>
      <ActionResult state={state} />
    </form>
  );
}
