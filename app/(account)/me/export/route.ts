import { auth } from "@/lib/auth";
import { exportFileName } from "@/lib/account/export-format";
import { exportAccount } from "@/lib/account/queries";
import { isSameOriginRequest } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";

/** "Download all my data": the signed-in user's export as one JSON file (docs/data-export.md). */
export async function GET(request: Request) {
  if (!isSameOriginRequest(request.headers, request.url)) return new Response("Forbidden", { status: 403 });
  const session = await auth();
  if (!session?.user.id) return Response.json({ error: "ログインしてください。" }, { status: 401 });
  const data = await exportAccount(session.user.id);
  if (!data) return Response.json({ error: "ログインしてください。" }, { status: 401 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(new Date())}"`,
      "cache-control": "no-store",
    },
  });
}
