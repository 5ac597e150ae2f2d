import { getGuide } from "@/lib/guides/content";
import { auth } from "@/lib/auth";
import { recordGuideRead } from "@/lib/dashboard/queries";
import { isSameOriginRequest } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";

const noContent = () => new Response(null, { status: 204, headers: { "cache-control": "no-store" } });

/**
 * Records that a signed-in reader opened a guide. The static guide page requests this as a
 * 1-pixel image (no JavaScript, the page stays static); anonymous readers and requests from
 * other sites are answered the same way and recorded nowhere.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  if (!isSameOriginRequest(request.headers, request.url)) return noContent();
  if (!/(^|;\s*)(__Secure-)?authjs\.session-token/.test(request.headers.get("cookie") ?? "")) return noContent();
  const session = await auth();
  const { slug } = await params;
  if (session?.user.id && (await getGuide(slug))) await recordGuideRead(session.user.id, slug);
  return noContent();
}
