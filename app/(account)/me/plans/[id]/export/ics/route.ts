import { writeCalendar } from "@/lib/calendar/ics";
import { planDownload } from "@/lib/plans/download";
import { planToEvents } from "@/lib/plans/calendar";
import { absoluteUrl } from "@/lib/site/config";

export const GET = planDownload("ics", "text/calendar", (plan) => writeCalendar(plan.title, planToEvents(plan, plan.milestones, absoluteUrl(`/me/plans/${plan.id}`))));
