// Where a saved listing stands in the user's application. Stored keys: db/vocabulary.ts.
import type { BookmarkStatus } from "@/db/vocabulary";

export { bookmarkStatusKeys, type BookmarkStatus } from "@/db/vocabulary";

export const bookmarkStatuses = {
  saved: "保存",
  planning: "応募予定",
  applied: "応募済み",
  interviewing: "面談",
  offered: "内定",
  declined: "見送り",
} as const satisfies Record<BookmarkStatus, string>;
