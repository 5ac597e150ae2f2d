import { getGuides } from "@/lib/guides/content";
import { guidesAtomFeed } from "@/lib/guides/feed";
import { siteName, siteUrl } from "@/lib/site/config";

export const dynamic = "force-static";

export async function GET() {
  const xml = guidesAtomFeed(await getGuides(), { siteUrl: siteUrl(), title: siteName });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
