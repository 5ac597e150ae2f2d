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
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  published?: string;
  updated?: string;
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
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
