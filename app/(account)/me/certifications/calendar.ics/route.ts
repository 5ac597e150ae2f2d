import { NextResponse } from "next/server";
import { writeCalendar } from "@/lib/calendar/ics";
import { withUserRoute } from "@/lib/auth/with-user-route";
import { getCertifications } from "@/lib/certifications/catalogue";
import { certificationEvents } from "@/lib/certifications/tracking/calendar";
import { listTracked } from "@/lib/certifications/tracking/queries";
import { siteUrl } from "@/lib/site/config";

// The signed-in user's exam dates and renewal deadlines as an iCalendar file.
export const GET = withUserRoute(
  async (_request, user) => {
    const names = new Map((await getCertifications()).map((certification) => [certification.slug, certification.shortName]));
    const events = certificationEvents(await listTracked(user.id), (slug) => names.get(slug) ?? slug, siteUrl());
    return new NextResponse(writeCalendar("資格の受験日と更新期限", events), {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'attachment; filename="certifications.ics"',
        "cache-control": "private, no-store",
      },
    });
  },
  { returnTo: () => "/me/certifications" },
);
