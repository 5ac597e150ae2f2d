import Link from "next/link";
import { notFound } from "next/navigation";
import { GuideGrid } from "@/app/_components/guides/guide-card";
import { NextSteps } from "@/app/_components/guides/next-steps";
import { TableOfContents } from "@/app/_components/guides/table-of-contents";
import { Breadcrumbs, type Crumb } from "@/app/_components/ui/breadcrumbs";
import { JsonLd } from "@/app/_components/ui/json-ld";
import { getGuide, getGuides, relatedGuides } from "@/lib/guides/content";
import { guideCategories } from "@/lib/guides/schema";
import { formatJapaneseDate } from "@/lib/site/dates";
import { pageMetadata } from "@/lib/site/metadata";
import { articleLd, breadcrumbListLd } from "@/lib/site/structured-data";

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getGuides()).map((guide) => ({ slug: guide.slug }));
}

export async function generateMetadata({ params }: { params: Params }) {
  const guide = await getGuide((await params).slug);
  if (!guide) return {};
  return pageMetadata({
    ownShareImage: true,
    title: guide.title,
    description: guide.description,
    path: `/guides/${guide.slug}`,
    type: "article",
    published: guide.published,
    updated: guide.updated,
  });
}

export default async function GuidePage({ params }: { params: Params }) {
  const guide = await getGuide((await params).slug);
  if (!guide) notFound();
  const related = relatedGuides(guide, await getGuides());
  const crumbs: Crumb[] = [
    { name: "ホーム", href: "/" },
    { name: "ガイド", href: "/guides" },
    { name: guideCategories[guide.category], href: `/guides/category/${guide.category}` },
    { name: guide.title, href: `/guides/${guide.slug}` },
  ];

  return (
    <>
      <JsonLd data={articleLd({ ...guide, path: `/guides/${guide.slug}` })} />
      <JsonLd data={breadcrumbListLd(crumbs)} />
      <Breadcrumbs items={crumbs} />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
        <article className="min-w-0">
          <header className="mb-6 space-y-3">
            <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{guide.title}</h1>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted">
              <span>
                公開 <time dateTime={guide.published}>{formatJapaneseDate(guide.published)}</time>
              </span>
              <span>
                更新 <time dateTime={guide.updated}>{formatJapaneseDate(guide.updated)}</time>
              </span>
              <span>約{guide.readingMinutes}分で読めます</span>
            </p>
            <ul className="flex flex-wrap gap-2" aria-label="タグ">
              {guide.tags.map((tag) => (
                <li key={tag}>
                  <Link href={`/guides/tags/${encodeURIComponent(tag)}`} className="rounded-full border border-line px-2.5 py-0.5 text-xs hover:border-brand">
                    #{tag}
                  </Link>
                </li>
              ))}
            </ul>
          </header>
          <div className="mb-8 lg:hidden">
            <TableOfContents entries={guide.toc} maxDepth={2} />
          </div>
          <div className="guide-body" dangerouslySetInnerHTML={{ __html: guide.html }} />
          <div className="mt-10">
            <NextSteps guide={guide} />
          </div>
          {/* Marks the guide read for signed-in users (マイページ suggestions) without client JS. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={`/api/guide-reads/${guide.slug}`} alt="" width={1} height={1} loading="lazy" className="absolute h-px w-px opacity-0" />
        </article>
        <aside className="hidden lg:block" aria-label="この記事の目次">
          <div className="sticky top-4 max-h-[calc(100vh-2rem)] overflow-y-auto">
            <TableOfContents entries={guide.toc} />
          </div>
        </aside>
      </div>
      {related.length > 0 && (
        <section aria-labelledby="related" className="mt-12 space-y-4">
          <h2 id="related" className="text-xl font-bold">
            関連するガイド
          </h2>
          <GuideGrid guides={related.map((item) => ({ guide: item }))} />
        </section>
      )}
    </>
  );
}
