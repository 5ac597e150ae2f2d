"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { changeBookmarkStatusAction } from "@/lib/bookmarks/actions";
import { bookmarkStatuses, type BookmarkStatus } from "@/lib/bookmarks/vocabulary";
import { Button } from "../ui/button";
import { ActionResult } from "../ui/status-message";

/** Moving a card between columns without drag-and-drop: a select and a button, fine by keyboard and on a phone. */
export function StatusForm({ bookmarkId, status, label }: { bookmarkId: string; status: BookmarkStatus; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeBookmarkStatusAction, {});
  const id = `status-${bookmarkId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="bookmarkId" value={bookmarkId} />
      <label htmlFor={id} className="sr-only">
        {label}のステータス
      </label>
      <select id={id} name="status" defaultValue={status} className="rounded-md border border-line bg-page px-2 py-1 text-sm">
        {Object.entries(bookmarkStatuses).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Button type="submit" disabled={pending} size="sm">
        変更
      </Button>
      <ActionResult state={state} />
    </form>
  );
}
