import { siteOrigin } from "@/lib/env";

/** The public origin used for canonical URLs, Open Graph, the sitemap and the feed (SITE_URL). */
export const siteUrl = siteOrigin;
export const siteName = "PMOキャリアガイド";
export const siteDescription =
  "PMOの仕事内容・5つのタイプ・向き不向き・キャリアパス・資格・年収をわかりやすく解説。PMOの求人・案件検索と、キャリアプラン・資格学習・応募状況の管理ができるキャリアサイトです。";

export const absoluteUrl = (path: string) => `${siteUrl()}${path}`;
