import { unsubscribeWithToken } from "@/lib/reminders/unsubscribe";
import { redirectTo } from "@/lib/site/redirect";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** RFC 8058 one-click: the mail client POSTs List-Unsubscribe=One-Click to the List-Unsubscribe address. */
export async function POST(request: Request) {
  const message = await unsubscribeWithToken(new URL(request.url).searchParams.get("token") ?? "");
  return message ? text(message, 200) : text("配信停止のリンクが正しくありません。", 400);
}

/** Opened in a browser instead: the page with its button (a GET never stops anything; link scanners open GETs). */
export function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return redirectTo(`/unsubscribe?token=${encodeURIComponent(token)}`);
}
