import type { MetadataRoute } from "next";
import { siteDescription, siteName } from "@/lib/site/config";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: siteName,
    short_name: "PMOキャリア",
    description: siteDescription,
    lang: "ja",
    start_url: "/",
    scope: "/",
    display: "standalone",
    // The light theme's colours; browsers take the dark theme's from the theme-color meta tags (app/layout.tsx).
    background_color: "#ffffff",
    theme_color: "#0b5cad",
    icons: [
      { src: "/icon/192", sizes: "192x192", type: "image/png" },
      { src: "/icon/512", sizes: "512x512", type: "image/png" },
      { src: "/apple-icon", sizes: "180x180", type: "image/png" },
    ],
  };
}
