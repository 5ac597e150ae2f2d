import Link from "next/link";
import type { ListingSummary } from "@/lib/listings/search/summary";
import { formatPay, formatSlashDate } from "@/lib/listings/format";
import { employmentTypes, industries, listingLevels, workStyles } from "@/lib/listings/vocabulary";
import { getPmoType } from "@/lib/pmo-types/data";
import { BookmarkButton } from "../bookmarks/bookmark-button";
import { ClosedBadge, SampleBadge } from "./listing-badges";

export function ListingCard({ listing, bookmarked, returnTo }: { listing: ListingSummary; bookmarked: boolean; returnTo: string }) {
  return (
    <article className="space-y-2 rounded-[var(--radius-card)] border border-line bg-page p-4">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded bg-brand-soft px-1.5 py-0.5 font-semibold text-brand">{employmentTypes[listing.employmentType]}</span>
        <span className="text-ink-muted">
          {getPmoType(listing.pmoType)?.name}・{listingLevels[listing.level]}・{industries[listing.industry]}
        </span>
        {listing.isSample && <SampleBadge />}
        {!listing.isOpen && <ClosedBadge />}
      </div>
      <h3 className="font-bold leading-snug">
        <Link href={`/listings/${listing.id}`} className="hover:underline">
          {listing.title}
        </Link>
      </h3>
      <p className="text-sm text-ink-muted">{listing.company}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <li className="font-semibold">{formatPay(listing.payUnit, listing.payMin, listing.payMax)}</li>
        <li>週{listing.daysPerWeek}日</li>
        <li>{workStyles[listing.workStyle]}</li>
        <li>{listing.prefecture}</li>
      </ul>
      <p className="line-clamp-2 text-sm text-ink-muted">{listing.excerpt}</p>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <p className="text-xs text-ink-muted">
          掲載 {formatSlashDate(listing.postedOn)}
          {listing.closesOn && `・締切 ${formatSlashDate(listing.closesOn)}`}
        </p>
        <BookmarkButton listingId={listing.id} bookmarked={bookmarked} returnTo={returnTo} />
      </div>
    </article>
  );
}
