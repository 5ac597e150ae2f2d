import { notFound } from "next/navigation";
import { devClockEnabled } from "@/lib/env";
import { runReminderTick } from "@/lib/reminders/scheduler";

export const dynamic = "force-dynamic";

/** Browser tests only (with /dev/clock): runs the reminder scheduler once now instead of waiting for its next tick. */
export async function POST() {
  if (!devClockEnabled()) notFound();
  return Response.json(await runReminderTick());
}
