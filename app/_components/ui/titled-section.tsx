import type { ReactNode } from "react";

/** A titled card: マイページ cards and settings sections share it. */
export function TitledSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-[var(--radius-card)] border border-line bg-surface p-5">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
