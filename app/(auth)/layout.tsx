import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto max-w-md rounded-[var(--radius-card)] border border-line bg-surface p-6 sm:p-8">{children}</div>;
}
