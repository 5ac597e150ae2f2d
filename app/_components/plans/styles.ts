/** Shared button looks for the plan pages. */
export const buttonClass = "rounded-md border border-line bg-page px-3 py-1.5 text-sm hover:border-brand disabled:opacity-60";
export const primaryButtonClass = "rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-ink hover:opacity-90 disabled:opacity-60";
export const dangerButtonClass = "rounded-md border border-danger px-3 py-1.5 text-sm text-danger hover:bg-danger-soft disabled:opacity-60";
export const inputClass = "block w-full rounded-md border border-line bg-page px-3 py-2 text-base text-ink aria-invalid:border-danger";
export const cardClass = "rounded-[var(--radius-card)] border border-line bg-surface p-4 sm:p-5";
