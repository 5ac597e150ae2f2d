import "server-only";
import { withUserRoute } from "@/lib/auth/with-user-route";
import { getPlan, type PlanWithMilestones } from "./plans/queries";

type Params = { params: Promise<{ id: string }> };

/** A route handler that answers with a file made from one of the signed-in user's plans; another user's plan is a 404. */
export function planDownload(extension: "md" | "ics", contentType: string, render: (plan: PlanWithMilestones) => string) {
  return withUserRoute<Params>(async (_request, user, { params }) => {
    const plan = await getPlan(user.id, (await params).id);
    if (!plan) return new Response("このプランは見つかりませんでした。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    // An ASCII fallback name for old clients, and the plan's own title (RFC 6266 / 5987) for the rest.
    const fileName = `${plan.title.replace(/[\\/:*?"<>|\r\n]+/g, "_")}.${extension}`;
    return new Response(render(plan), {
      headers: {
        "Content-Type": `${contentType}; charset=utf-8`,
        "Content-Disposition": `attachment; filename="career-plan.${extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
