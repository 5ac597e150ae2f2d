import { isDatabaseReachable } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await isDatabaseReachable();
  return Response.json({ status: database ? "ok" : "unavailable", database }, { status: database ? 200 : 503 });
}
