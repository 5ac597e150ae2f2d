import { daysBetween, type IsoDate } from "@/lib/calendar/japan-date";
import { renewalCycle } from "../renewal-rules/engine";
import { renewalRuleFor } from "../renewal-rules";
import type { TrackingStatus } from "./vocabulary";

/** A passed certification is shown as 更新要 from this many days before its renewal deadline. */
export const renewalWarningDays = 180;

interface TrackedDates {
  certificationSlug: string;
  status: TrackingStatus;
  resultDate: IsoDate | null;
  expiresOn: IsoDate | null;
}

/** The expiry the user entered, or else the end of the renewal cycle we keep rules for (PMP: 3 years from passing). */
export function renewalDeadline(tracked: TrackedDates): IsoDate | null {
  if (tracked.expiresOn) return tracked.expiresOn;
  const rule = renewalRuleFor(tracked.certificationSlug);
  if (!rule || !tracked.resultDate || (tracked.status !== "passed" && tracked.status !== "renewal_due")) return null;
  return renewalCycle(rule, tracked.resultDate).end;
}

/**
 * The status to show: what the user chose, except that a pass whose renewal deadline is
 * less than renewalWarningDays away (or already past) reads 更新要. Users may also choose 更新要 themselves.
 */
export function effectiveStatus(tracked: TrackedDates, today: IsoDate): TrackingStatus {
  if (tracked.status !== "passed") return tracked.status;
  const deadline = renewalDeadline(tracked);
  return deadline && daysBetween(today, deadline) <= renewalWarningDays ? "renewal_due" : "passed";
}
