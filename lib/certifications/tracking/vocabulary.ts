// Stored keys: db/vocabulary.ts.
import type { PduCategory, TrackingStatus } from "@/db/vocabulary";

export type { PduCategory, TrackingStatus } from "@/db/vocabulary";

export const trackingStatuses = {
  interested: "関心あり",
  studying: "学習中",
  scheduled: "受験予定",
  passed: "合格",
  failed: "不合格",
  renewal_due: "更新要",
} as const satisfies Record<TrackingStatus, string>;

/** PMI's PDU categories for the PMP renewal cycle (the Talent Triangle plus Giving Back). */
export const pduCategories = {
  ways_of_working: "Ways of Working",
  power_skills: "Power Skills",
  business_acumen: "Business Acumen",
  giving_back: "Giving Back",
} as const satisfies Record<PduCategory, string>;
