import type { ReactNode } from "react";

/** One term and its value in a <dl>: stacked on a phone, side by side from sm up. */
export function DefinitionRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-line py-2 sm:grid-cols-[10rem_1fr]">
      <dt className="text-sm font-semibold text-ink-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
