import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A link among links that switch a view or a filter: the current one is marked for screen readers
 * (aria-current) and by its look. "chip" for tags and categories, "tab" for views.
 */
export function TabLink({ href, current, shape = "tab", block = false, children }: { href: string; current: boolean; shape?: "tab" | "chip"; block?: boolean; children: ReactNode }) {
  const base = `${block ? "block py-2" : "inline-block py-1"} border px-3 text-sm ${shape === "chip" ? "rounded-full" : "rounded-md"}`;
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={`${base} ${current ? "border-brand bg-brand text-brand-ink" : "border-line hover:border-brand"}`}>
      {children}
    </Link>
  );
}
