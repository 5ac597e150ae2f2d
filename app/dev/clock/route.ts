import { notFound } from "next/navigation";
import { z } from "zod";
import { now, shiftClockTo } from "@/lib/clock";
import { devClockEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";

const body = z.object({ at: z.iso.datetime({ offset: true }).nullable() });

/** Development and browser tests only: what time the server thinks it is. */
export function GET() {
  if (!devClockEnabled()) notFound();
  return Response.json({ now: now().toISOString() });
}

/** `{"at": "2027-03-01T08:00:00+09:00"}` moves the server's clock there; `{"at": null}` puts it back. */
export async function POST(request: Request) {
  if (!devClockEnabled()) notFound();
  const parsed = body.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) return Response.json({ error: 'send {"at": ISO 8601 date-time with offset, or null}' }, { status: 400 });
  shiftClockTo(parsed.data.at ? new Date(parsed.data.at) : null);
  return Response.json({ now: now().toISOString() });
}
