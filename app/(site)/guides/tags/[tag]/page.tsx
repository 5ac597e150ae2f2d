import { notFound } from "next/navigation";
import { GuideBrowseNav } from "@/app/_components/guides/guide-browse-nav";
import { GuideGrid } from "@/app/_components/guides/guide-card";
import { Breadcrumbs } from "@/app/_components/ui/breadcrumbs";
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
  return (
    <div className="space-y-8">
      <div>
        <Breadcrumbs
          items={[
            { name: "ホーム", href: "/" },
            { name: "ガイド", href: "/guides" },
            { name: `#${tag}`, href: `/guides/tags/${encodeURIComponent(tag)}` },
          ]}
        />
        <h1 className="text-2xl font-bold">#{tag}</h1>
      </div>
      <GuideBrowseNav guides={guides} current={{ tag }} />
      <GuideGrid guides={tagged.map((guide) => ({ guide }))} />
    </div>
  );
}
