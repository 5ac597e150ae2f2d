import Link from "next/link";
import type { Guide } from "@/lib/guides/content";
import { guideCategories } from "@/lib/guides/schema";
import { formatJapaneseDate } from "@/lib/site/dates";

function GuideCard({ guide, snippet }: { guide: Guide; snippet?: string }) {
  return (
    <article className="h-full rounded-[var(--radius-card)] border border-line bg-page p-4 hover:border-brand">
      <p className="text-xs font-semibold text-brand">{guideCategories[guide.category]}</p>
      <h3 className="mt-1 font-bold leading-snug">
        <Link href={`/guides/${guide.slug}`} className="hover:underline">
          {guide.title}
        </Link>
      </h3>
      <p className="mt-2 line-clamp-3 text-sm text-ink-muted">{snippet ?? guide.description}</p>
      <p className="mt-2 text-xs text-ink-muted">
        <time dateTime={guide.updated}>{formatJapaneseDate(guide.updated)}更新</time>・約{guide.readingMinutes}分で読めます
      </p>
    </article>
  );
}

export function GuideGrid({ guides }: { guides: { guide: Guide; snippet?: string }[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {guides.map(({ guide, snippet }) => (
        <li key={guide.slug}>
          <GuideCard guide={guide} snippet={snippet} />
        </li>
      ))}
    </ul>
  );
}
