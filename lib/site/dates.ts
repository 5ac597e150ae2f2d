/** "2026-11-20" → "2026年11月20日", without time-zone surprises (the date is already Japan's). */
export function formatJapaneseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}
