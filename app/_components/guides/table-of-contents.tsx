import type { TocEntry } from "@/lib/content/markdown";

/** maxDepth 2 keeps the list short on a phone, where it sits above the article. */
export function TableOfContents({ entries, maxDepth = 3 }: { entries: TocEntry[]; maxDepth?: 2 | 3 }) {
  const shown = entries.filter((entry) => entry.depth <= maxDepth);
  if (shown.length === 0) return null;
  return (
    <nav aria-label="目次" className="rounded-[var(--radius-card)] border border-line bg-surface p-4 text-sm">
      <details open>
        <summary className="cursor-pointer font-bold">目次</summary>
        <ol className="mt-2 space-y-1.5">
          {shown.map((entry) => (
            <li key={entry.id} className={entry.depth === 3 ? "pl-4 text-ink-muted" : ""}>
              <a href={`#${entry.id}`} className="hover:text-brand hover:underline">
                {entry.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
