import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/config";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/me", "/api/", "/sign-in", "/sign-up", "/guides/search", "/self-check/result"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
