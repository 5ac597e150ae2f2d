import type { InputHTMLAttributes } from "react";
import { describedBy, FieldShell } from "./field-shell";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled input whose hint and error are announced with it. */
export function Field({ name, label, hint, error, id = name, ...input }: FieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="block w-full rounded-md border border-line bg-page px-3 py-2 text-base text-ink aria-invalid:border-danger"
        {...input}
      />
    </FieldShell>
  );
}
