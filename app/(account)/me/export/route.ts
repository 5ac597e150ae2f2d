import { exportFileName } from "@/lib/account/export-format";
import { exportAccount } from "@/lib/account/queries";
import { withUserRoute } from "@/lib/auth/with-user-route";
import { now } from "@/lib/clock";
import { isSameOriginRequest } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";

const download = withUserRoute(
  async (_request, user) => {
    const data = await exportAccount(user.id);
    if (!data) return Response.json({ error: "ログインしてください。" }, { status: 401 });
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${exportFileName(now())}"`,
        "cache-control": "no-store",
      },
    });
  },
  { returnTo: () => "/me/settings" },
);

/** "Download all my data": the signed-in user's export as one JSON file (docs/data-export.md). */
export async function GET(request: Request, context: unknown) {
  if (!isSameOriginRequest(request.headers, request.url)) return new Response("Forbidden", { status: 403 });
  return download(request, context);
}
