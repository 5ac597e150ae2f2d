import type { ReminderKind } from "@/db/schema";

/** The kinds a user switches on or off in /me/settings (the digest is chosen per saved search in /me/searches). */
export const switchableKinds = ["exam", "renewal", "milestone", "followUp", "expiry"] as const;
export type SwitchableKind = (typeof switchableKinds)[number];

export const kindOfSwitch: Record<SwitchableKind, ReminderKind> = { exam: "exam", renewal: "renewal", milestone: "milestone", followUp: "follow-up", expiry: "expiry" };

export const reminderKindLabels: Record<ReminderKind, { name: string; when: string }> = {
  exam: { name: "試験日", when: "受験日の30日前・7日前・前日" },
  renewal: { name: "PMPの更新", when: "更新期限の180日前・90日前・30日前（不足しているPDUを分野ごとに）" },
  milestone: { name: "プランのマイルストーン", when: "期日の7日前と、期日を過ぎたとき（1回）" },
  "follow-up": { name: "応募のフォローアップ", when: "「応募済み」「面談」のまま14日間変化がないとき" },
  expiry: { name: "資格の有効期限", when: "有効期限の90日前・30日前（PMP以外で有効期限を入力した資格）" },
  digest: { name: "保存した検索の新着", when: "保存した検索ごとに、毎日または毎週月曜（新着があるときだけ）" },
};

/** Switched on for every new account (signed up by mail or through a provider) until the user changes them. */
export const defaultPreferences: Record<SwitchableKind, boolean> = { exam: true, renewal: true, milestone: true, followUp: true, expiry: true };

/** Days before the date, largest first. */
export const leadDays = { exam: [30, 7, 1], renewal: [180, 90, 30], milestone: [7], expiry: [90, 30] } as const;
export const FOLLOW_UP_QUIET_DAYS = 14;

/** Reminders are made and mailed from this hour, Japan time (digests: weekly ones on Monday). */
export const SEND_HOUR_JST = 8;

export const digestFrequencies = { off: "受け取らない", daily: "毎日", weekly: "毎週月曜" } as const;
export type DigestFrequency = keyof typeof digestFrequencies;

/** How many new listings one digest mail names. */
export const DIGEST_MAX_LISTINGS = 10;
