import type { InputHTMLAttributes } from "react";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

/** The ids a control's aria-describedby names: its hint and its error, where there are any. */
export const describedBy = (id: string, hint?: string, error?: string) => [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;

/** A control's hint and error, with the ids describedBy points at. */
export function FieldHelp({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
    </>
  );
}

/** A labelled input whose hint and error are announced with it. */
export function Field({ name, label, hint, error, id = name, ...input }: FieldProps) {
  const described = describedBy(id, hint, error);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className="block w-full rounded-md border border-line bg-page px-3 py-2 text-base text-ink aria-invalid:border-danger"
        {...input}
      />
      <FieldHelp id={id} hint={hint} error={error} />
    </div>
  );
}
