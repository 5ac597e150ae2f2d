import type { Crumb } from "@/app/_components/ui/breadcrumbs";
import { absoluteUrl, siteName } from "./config";

export function breadcrumbListLd(items: Crumb[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.href),
    })),
  };
}

export function articleLd(article: { title: string; description: string; path: string; published: string; updated: string }) {
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: article.description,
    mainEntityOfPage: absoluteUrl(article.path),
    datePublished: `${article.published}T09:00:00+09:00`,
    dateModified: `${article.updated}T09:00:00+09:00`,
    inLanguage: "ja",
    author: { "@type": "Organization", name: `${siteName}編集部`, url: absoluteUrl("/") },
    publisher: { "@type": "Organization", name: siteName, url: absoluteUrl("/") },
  };
}
