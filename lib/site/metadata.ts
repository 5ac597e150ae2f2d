import type { Metadata } from "next";
import { absoluteUrl, siteName } from "./config";

/** Title, description, canonical URL and Open Graph for one page, the same way everywhere. */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
  published,
  updated,
  ownShareImage = false,
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  published?: string;
  updated?: string;
  /** The page has an opengraph-image file of its own, which images named here would hide. */
  ownShareImage?: boolean;
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(path) },
    openGraph: {
      title,
      description,
      url: absoluteUrl(path),
      siteName,
      locale: "ja_JP",
      type,
      ...(type === "article" ? { publishedTime: published, modifiedTime: updated } : {}),
      // An openGraph object here replaces the site's share image (app/opengraph-image.tsx), so name it again.
      ...(ownShareImage ? {} : { images: [{ url: "/opengraph-image", width: 1200, height: 630, alt: siteName }] }),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
