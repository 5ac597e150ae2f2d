export const bookmarkStatuses = {
  saved: "保存",
  planning: "応募予定",
  applied: "応募済み",
  interviewing: "面談",
  offered: "内定",
  declined: "見送り",
} as const;

export type BookmarkStatus = keyof typeof bookmarkStatuses;
export const bookmarkStatusKeys = Object.keys(bookmarkStatuses) as [BookmarkStatus, ...BookmarkStatus[]];
