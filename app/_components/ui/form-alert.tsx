import type { ReactNode } from "react";

/** An error about the whole form, announced at once. */
export function FormAlert({ message, children }: { message?: string; children?: ReactNode }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded-md border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
      <p>{message}</p>
      {children}
    </div>
  );
}
