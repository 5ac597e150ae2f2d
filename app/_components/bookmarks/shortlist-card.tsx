import Link from "next/link";
import type { ShortlistEntry } from "@/lib/bookmarks/queries";
import { bookmarkStatuses, bookmarkStatusKeys } from "@/lib/bookmarks/vocabulary";
import { formatPay } from "@/lib/listings/format";
import { ClosedBadge, SampleBadge } from "../listings/listing-badges";
import { NoteForm } from "./note-form";
import { StatusForm } from "./status-form";

const reachedOn = (iso: string) => new Date(iso).toLocaleDateString("ja-JP", { timeZone: "Asia/Tokyo", month: "numeric", day: "numeric" });

export function ShortlistCard({ entry }: { entry: ShortlistEntry }) {
  const history = bookmarkStatusKeys.filter((status) => entry.statusHistory[status]);
  return (
    <article className="space-y-2 rounded-[var(--radius-card)] border border-line bg-page p-3" data-bookmark-status={entry.status}>
      <div className="flex flex-wrap items-center gap-1.5">
        {!entry.listing.isOpen && <ClosedBadge />}
        {entry.listing.isSample && <SampleBadge />}
      </div>
      <h3 className="font-bold leading-snug">
        <Link href={`/listings/${entry.listing.id}`} className="hover:underline">
          {entry.listing.title}
        </Link>
      </h3>
      <p className="text-xs text-ink-muted">
        {entry.listing.company}・{formatPay(entry.listing.payUnit, entry.listing.payMin, entry.listing.payMax)}
      </p>
      <StatusForm bookmarkId={entry.id} status={entry.status} label={entry.listing.title} />
      <ol aria-label="ステータスの履歴" className="flex flex-wrap gap-x-3 text-xs text-ink-muted">
        {history.map((status) => (
          <li key={status}>
            {bookmarkStatuses[status]} {reachedOn(entry.statusHistory[status]!)}
          </li>
        ))}
      </ol>
      <NoteForm bookmarkId={entry.id} note={entry.note} label={entry.listing.title} />
    </article>
  );
}
