import { z } from "zod";
import { bookmarkStatusKeys } from "@/lib/bookmarks/vocabulary";

const id = (what: string) => z.uuid({ error: `${what}が正しくありません。ページを再読み込みしてください。` });

export const toggleBookmarkSchema = z.object({ listingId: id("求人"), returnTo: z.string().max(2000).optional() });
export const bookmarkStatusSchema = z.object({
  bookmarkId: id("検討リストの項目"),
  status: z.enum(bookmarkStatusKeys, { error: "ステータスを選んでください。" }),
});
export const bookmarkNoteSchema = z.object({
  bookmarkId: id("検討リストの項目"),
  note: z.string().max(2000, "メモは2000文字以内にしてください。"),
});
