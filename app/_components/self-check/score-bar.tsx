/** A labelled 0–100 bar; the number is always printed, so the bar is never the only carrier. */
export function ScoreBar({ label, value, highlight = false }: { label: string; value: number; highlight?: boolean }) {
  return (
    <div>
      <div className="flex justify-between text-sm">
        <span className={highlight ? "font-bold" : ""}>{label}</span>
        <span className="tabular-nums">{value}点</span>
      </div>
      <div className="mt-1 h-3 overflow-hidden rounded-full bg-surface ring-1 ring-line" aria-hidden="true">
        <div className={`h-full rounded-full ${highlight ? "bg-brand" : "bg-ink-muted"}`} style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
