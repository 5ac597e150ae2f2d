export function SampleBadge() {
  return (
    <span className="rounded border border-line bg-surface px-1.5 py-0.5 text-xs text-ink-muted" title="架空のサンプルデータです">
      サンプル
    </span>
  );
}

export function ClosedBadge() {
  return <span className="rounded bg-ink-muted px-1.5 py-0.5 text-xs font-semibold text-page">募集終了</span>;
}
