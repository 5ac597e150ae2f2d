import { notFound } from "next/navigation";
import { GuideCollection } from "@/app/_components/guides/guide-collection";
import { allTags, getGuides } from "@/lib/guides/content";
import { pageMetadata } from "@/lib/site/metadata";

type Params = Promise<{ tag: string }>;

export const dynamicParams = false;

export async function generateStaticParams() {
  return allTags(await getGuides()).map(({ tag }) => ({ tag }));
}

async function tagOf(params: Params): Promise<string> {
  const raw = (await params).tag;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export async function generateMetadata({ params }: { params: Params }) {
  const tag = await tagOf(params);
  return pageMetadata({ title: `#${tag} のガイド`, description: `タグ「${tag}」がついたPMOガイドの一覧です。`, path: `/guides/tags/${encodeURIComponent(tag)}` });
}

export default async function GuideTagPage({ params }: { params: Params }) {
  const tag = await tagOf(params);
  const guides = await getGuides();
  const tagged = guides.filter((guide) => guide.tags.includes(tag));
  if (tagged.length === 0) notFound();
  return <GuideCollection heading={`#${tag}`} href={`/guides/tags/${encodeURIComponent(tag)}`} all={guides} shown={tagged} current={{ tag }} />;
}
