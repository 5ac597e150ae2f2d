"use server";

import { revalidatePath } from "next/cache";
import { validatedActionForVisitor, validatedActionWithUser } from "@/lib/actions/with-user";
import { bookmarkStatuses } from "@/lib/bookmarks/vocabulary";
import { addBookmark, isBookmarked, removeBookmark, setBookmarkNote, setBookmarkStatus } from "./queries";
import { bookmarkNoteSchema, bookmarkStatusSchema, toggleBookmarkSchema } from "./schema";

export const toggleBookmarkAction = validatedActionForVisitor(
  toggleBookmarkSchema,
  // Made for them right after they sign in, then they come back to where they clicked.
  ({ listingId, returnTo }) => ({ pending: { kind: "bookmark", listingId }, returnTo: returnTo ?? "/listings" }),
  async ({ listingId }, { id: userId }) => {
    if (await isBookmarked(userId, listingId)) {
      await removeBookmark(userId, listingId);
      revalidatePath("/me/bookmarks");
      return { ok: true, message: "検討リストから外しました。", values: { bookmarked: "0" } };
    }
    if (!(await addBookmark(userId, listingId))) return { error: "この求人は見つかりませんでした。" };
    revalidatePath("/me/bookmarks");
    return { ok: true, message: "検討リストに保存しました。", values: { bookmarked: "1" } };
  },
);

export const changeBookmarkStatusAction = validatedActionWithUser(bookmarkStatusSchema, async ({ bookmarkId, status }, user) => {
  if (!(await setBookmarkStatus(user.id, bookmarkId, status))) return { error: "この項目は見つかりませんでした。" };
  revalidatePath("/me/bookmarks");
  return { ok: true, message: `ステータスを「${bookmarkStatuses[status]}」にしました。` };
});

export const saveBookmarkNoteAction = validatedActionWithUser(bookmarkNoteSchema, async ({ bookmarkId, note }, user) => {
  if (!(await setBookmarkNote(user.id, bookmarkId, note.trim()))) return { error: "この項目は見つかりませんでした。" };
  revalidatePath("/me/bookmarks");
  return { ok: true, message: "メモを保存しました。" };
});
