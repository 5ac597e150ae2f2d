import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/** The look of every text box, select and textarea. */
export const controlClass = "block w-full rounded-md border border-line bg-page px-3 py-2 text-base text-ink aria-invalid:border-danger";

interface Described {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

/** The ids that announce a control's hint and error with it. */
export const describedBy = (id: string, hint?: string, error?: string) => [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;

/** What every control carries: its name, and its state and messages for screen readers. */
const controlProps = (id: string, name: string, hint?: string, error?: string) => ({
  id,
  name,
  "aria-invalid": error ? true : undefined,
  "aria-describedby": describedBy(id, hint, error),
  className: controlClass,
});

/** The one way a field shows its label, hint and error. */
function FieldShell({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-ink-muted">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A control's hint and error, with the ids describedBy points at (for controls laid out by hand). */
export function FieldHelp({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-ink-muted">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </>
  );
}

/** A field's message from the server, referenced by the control's aria-describedby. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="text-sm text-danger">
      {error}
    </p>
  );
}

/** A labelled input whose hint and error are announced with it. */
export function Field({ name, label, hint, error, id = name, ...input }: Described & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input {...controlProps(id, name, hint, error)} {...input} />
    </FieldShell>
  );
}

/**
 * A labelled select. Keyed by its value: React 19 resets a form after its action, and a select,
 * unlike a text box, resets to the option selected when it was mounted rather than following a new default.
 */
export function SelectField({ name, label, hint, error, id = name, options, defaultValue, ...select }: Described & SelectHTMLAttributes<HTMLSelectElement> & { options: [string, string][]; defaultValue: string }) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select key={defaultValue} {...controlProps(id, name, hint, error)} defaultValue={defaultValue} {...select}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function TextAreaField({ name, label, hint, error, id = name, ...textarea }: Described & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea {...controlProps(id, name, hint, error)} {...textarea} />
    </FieldShell>
  );
}

/** A tick box whose label follows it (a confirmation, an option). */
export function CheckboxField({ name, label, error, id = name, ...input }: Omit<Described, "hint"> & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input id={id} type="checkbox" name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, undefined, error)} className="mt-1 h-4 w-4" {...input} />
        <label htmlFor={id} className="text-sm">
          {label}
        </label>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}
