import { formatJapaneseDate } from "@/lib/calendar/japan-date";

/** Where a rule came from, when it was checked, and what we could not confirm. */
export function SourceNote({ source, uncertainties }: { source: { label: string; url: string; checked: string }; uncertainties: readonly string[] }) {
  return (
    <div className="space-y-1 text-xs text-ink-muted">
      <p>
        出典: {source.label}（{formatJapaneseDate(source.checked)}確認） <span className="break-all">{source.url}</span>
      </p>
      <ul className="list-disc pl-5">
        {uncertainties.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
