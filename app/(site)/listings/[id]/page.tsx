import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListingFitPanel } from "@/app/_components/career/listing-fit-panel";
import { GuideGrid } from "@/app/_components/guides/guide-card";
import { BookmarkButton } from "@/app/_components/bookmarks/bookmark-button";
import { ClosedBadge, SampleBadge } from "@/app/_components/listings/listing-badges";
import { ListingCard } from "@/app/_components/listings/listing-card";
import { Breadcrumbs, type Crumb } from "@/app/_components/ui/breadcrumbs";
import { DefinitionRow } from "@/app/_components/ui/definition-row";
import { JsonLd } from "@/app/_components/ui/json-ld";
import { auth } from "@/lib/auth";
import { bookmarkedListingIds } from "@/lib/bookmarks/queries";
import { getGuides } from "@/lib/guides/content";
import { formatPay, formatSlashDate } from "@/lib/listings/format";
import { isIndexableListing, jobPostingLd } from "@/lib/listings/job-posting-ld";
import { getListing, getSimilarListings } from "@/lib/listings/queries";
import { employmentTypes, industries, listingLevels, workStyles } from "@/lib/listings/vocabulary";
import { getPmoType } from "@/lib/pmo-types/data";
import { pageMetadata } from "@/lib/site/metadata";
import { breadcrumbListLd } from "@/lib/site/structured-data";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const listing = await getListing((await params).id);
  if (!listing) return { title: "求人が見つかりません" };
  return {
    ...pageMetadata({ title: listing.title, description: listing.description.slice(0, 120), path: `/listings/${listing.id}`, ownShareImage: true }),
    ...(isIndexableListing(listing) ? {} : { robots: { index: false } }),
  };
}

const list = (items: string[]) => (items.length ? items.join("、") : "特になし");

export default async function ListingPage({ params }: { params: Params }) {
  const listing = await getListing((await params).id);
  if (!listing) notFound();
  const [session, similar, guides] = await Promise.all([auth(), getSimilarListings(listing), getGuides()]);
  const saved = session ? await bookmarkedListingIds(session.user.id, [listing.id, ...similar.map((item) => item.id)]) : new Set<string>();
  const pmoType = getPmoType(listing.pmoType);
  const relatedGuides = guides.filter((guide) => guide.pmoTypes.includes(listing.pmoType)).slice(0, 4);
  const path = `/listings/${listing.id}`;
  const crumbs: Crumb[] = [
    { name: "ホーム", href: "/" },
    { name: "求人・案件", href: "/listings" },
    { name: listing.title, href: path },
  ];

  return (
    <div className="space-y-8">
      {isIndexableListing(listing) && <JsonLd data={jobPostingLd(listing)} />}
      <JsonLd data={breadcrumbListLd(crumbs)} />
      <div>
        <Breadcrumbs items={crumbs} />
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded bg-brand-soft px-1.5 py-0.5 font-semibold text-brand">{employmentTypes[listing.employmentType]}</span>
          {listing.isSample && <SampleBadge />}
          {!listing.isOpen && <ClosedBadge />}
        </div>
        <h1 className="mt-2 text-2xl font-bold leading-snug">{listing.title}</h1>
        <p className="text-ink-muted">{listing.company}</p>
      </div>
      {!listing.isOpen && (
        <p role="note" className="rounded-md border border-line bg-surface px-3 py-2">
          この求人・案件は募集を終了しています。検討リストに保存している場合は、記録としてそのまま残ります。
        </p>
      )}
      {listing.isSample && <p className="text-sm text-ink-muted">※ これはサイトの機能をお試しいただくための架空のサンプル求人です。</p>}
      <BookmarkButton listingId={listing.id} bookmarked={saved.has(listing.id)} returnTo={path} />
      <ListingFitPanel listingId={listing.id} />
      <section aria-labelledby="listing-description" className="space-y-2">
        <h2 id="listing-description" className="text-lg font-bold">
          仕事内容
        </h2>
        <p className="whitespace-pre-line">{listing.description}</p>
      </section>
      <section aria-labelledby="listing-conditions">
        <h2 id="listing-conditions" className="text-lg font-bold">
          募集要項
        </h2>
        <dl className="mt-2">
          <DefinitionRow term="報酬">{formatPay(listing.payUnit, listing.payMin, listing.payMax)}</DefinitionRow>
          <DefinitionRow term="雇用形態">{employmentTypes[listing.employmentType]}</DefinitionRow>
          <DefinitionRow term="PMOタイプ">
            {pmoType ? (
              <Link href={`/pmo-types#${pmoType.slug}`} className="text-brand underline">
                {pmoType.name}
              </Link>
            ) : (
              listing.pmoType
            )}
          </DefinitionRow>
          <DefinitionRow term="レベル">{listingLevels[listing.level]}</DefinitionRow>
          <DefinitionRow term="業界">{industries[listing.industry]}</DefinitionRow>
          <DefinitionRow term="働き方">{workStyles[listing.workStyle]}</DefinitionRow>
          <DefinitionRow term="勤務地">{listing.prefecture}</DefinitionRow>
          <DefinitionRow term="稼働">週{listing.daysPerWeek}日</DefinitionRow>
          <DefinitionRow term="必須スキル">{list(listing.requiredSkills)}</DefinitionRow>
          <DefinitionRow term="歓迎スキル">{list(listing.preferredSkills)}</DefinitionRow>
          <DefinitionRow term="歓迎資格">{list(listing.certifications)}</DefinitionRow>
          <DefinitionRow term="掲載日">{formatSlashDate(listing.postedOn)}</DefinitionRow>
          <DefinitionRow term="締切">{listing.closesOn ? formatSlashDate(listing.closesOn) : "定めなし"}</DefinitionRow>
          <DefinitionRow term="状態">{listing.isOpen ? "募集中" : "募集終了"}</DefinitionRow>
        </dl>
      </section>
      {relatedGuides.length > 0 && (
        <section aria-labelledby="listing-guides" className="space-y-4">
          <h2 id="listing-guides" className="text-lg font-bold">
            {pmoType?.name}について読む
          </h2>
          <GuideGrid guides={relatedGuides.map((guide) => ({ guide }))} />
        </section>
      )}
      {similar.length > 0 && (
        <section aria-labelledby="listing-similar" className="space-y-4">
          <h2 id="listing-similar" className="text-lg font-bold">
            似ている求人・案件
          </h2>
          <ul className="space-y-4">
            {similar.map((item) => (
              <li key={item.id}>
                <ListingCard listing={item} bookmarked={saved.has(item.id)} returnTo={path} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
