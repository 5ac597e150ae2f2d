import type { CalendarEvent } from "@/lib/calendar/ics";
import type { IsoDate } from "@/lib/calendar/japan-date";
import { renewalDeadline } from "./status";
import type { TrackingStatus } from "./vocabulary";

interface TrackedForCalendar {
  id: string;
  certificationSlug: string;
  status: TrackingStatus;
  examDate: IsoDate | null;
  resultDate: IsoDate | null;
  expiresOn: IsoDate | null;
}

/** Exam dates and renewal deadlines; UIDs derive from the record id so a re-import updates instead of duplicating. */
export function certificationEvents(tracked: TrackedForCalendar[], nameOf: (slug: string) => string, siteUrl: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const item of tracked) {
    const name = nameOf(item.certificationSlug);
    const url = `${siteUrl}/me/certifications/${item.certificationSlug}`;
    if (item.examDate) events.push({ uid: `exam-${item.id}@pmo-career-guide`, date: item.examDate, summary: `${name} 受験日`, url });
    const deadline = renewalDeadline(item);
    if (deadline && (item.status === "passed" || item.status === "renewal_due")) {
      events.push({ uid: `renewal-${item.id}@pmo-career-guide`, date: deadline, summary: `${name} 更新期限`, description: "更新に必要な条件（PMPはPDU）を確認し、期限までに申請してください。", url });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date));
}
