import type { ReactNode } from "react";
import { controlClass } from "@/app/_components/ui/field";
import { describedBy, FieldHelp } from "@/app/_components/ui/field";

export function TextArea({ id, name, label, defaultValue, rows = 3, maxLength, hint, error, lang }: { id: string; name: string; label: string; defaultValue: string; rows?: number; maxLength: number; hint?: string; error?: string; lang?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <textarea id={id} name={name} rows={rows} maxLength={maxLength} defaultValue={defaultValue} lang={lang} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={controlClass} />
      <FieldHelp id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({ id, name, label, options, defaultValue, error }: { id: string; name: string; label: string; options: [string, string][]; defaultValue: string; error?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {/* Keyed by its default: React 19 resets a form after its action, and a select resets to the option it was mounted with. */}
      <select key={defaultValue} id={id} name={name} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, undefined, error)} className={controlClass}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldHelp id={id} error={error} />
    </div>
  );
}

export function CheckboxField({ id, name, label, defaultChecked, hint }: { id: string; name: string; label: ReactNode; defaultChecked: boolean; hint?: string }) {
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        {/* Keyed like the selects, so a reset after a failed save keeps what was ticked. */}
        <input key={String(defaultChecked)} id={id} name={name} type="checkbox" defaultChecked={defaultChecked} aria-describedby={describedBy(id, hint)} className="mt-1 h-5 w-5 shrink-0" />
        <label htmlFor={id} className="text-sm">
          {label}
        </label>
      </div>
      <FieldHelp id={id} hint={hint} />
    </div>
  );
}

/** A group of checkboxes under one legend; phone-friendly: wraps, each box a full tap target. */
export function CheckboxGroup({ legend, children, hint }: { legend: string; children: ReactNode; hint?: string }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">{legend}</legend>
      {hint && <p className="text-xs text-ink-muted">{hint}</p>}
      <div className="grid gap-2 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}
