"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { toggleBookmarkAction } from "@/lib/bookmarks/actions";
import { Button } from "../ui/button";
import { ActionResult } from "../ui/status-message";

/** Saves or removes a listing; for a signed-out visitor it leads to sign-in and saves on return. */
export function BookmarkButton({ listingId, bookmarked, returnTo }: { listingId: string; bookmarked: boolean; returnTo: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(toggleBookmarkAction, {});
  const saved = state.values?.bookmarked ? state.values.bookmarked === "1" : bookmarked;
  return (
    <form action={action} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="listingId" value={listingId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <Button type="submit" variant="outline" disabled={pending} aria-pressed={saved} className="aria-pressed:bg-brand aria-pressed:text-brand-ink">
        {saved ? "★ 検討リストに保存済み" : "☆ 検討リストに保存"}
      </Button>
      <ActionResult state={state} />
    </form>
  );
}
