"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { Field } from "../ui/field";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "date" | "number" | "select" | "hidden";
  defaultValue?: string;
  options?: [string, string][];
  hint?: string;
  step?: string;
  min?: string;
  max?: string;
  required?: boolean;
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A small form for one tracker action: labelled fields, the server's per-field messages, and a status line. */
export function ActionForm({ action, fields, submitLabel, idPrefix, layout = "grid" }: { action: Action; fields: FieldSpec[]; submitLabel: string; idPrefix: string; layout?: "grid" | "stack" }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const errors = state.fieldErrors ?? {};
  const value = (field: FieldSpec) => state.values?.[field.name] ?? field.defaultValue ?? "";
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <div className={layout === "grid" ? "grid gap-3 sm:grid-cols-2" : "space-y-3"}>
        {fields.map((field) => {
          const id = `${idPrefix}-${field.name}`;
          if (field.type === "hidden") return <input key={field.name} type="hidden" name={field.name} value={field.defaultValue ?? ""} />;
          if (field.type === "select") {
            // Keyed by its value: React 19 resets a form after its action, and a <select> resets to the option selected when it was mounted.
            return (
              <div key={`${field.name}-${value(field)}`} className="space-y-1">
                <label htmlFor={id} className="block text-sm font-semibold">
                  {field.label}
                </label>
                <select id={id} name={field.name} defaultValue={value(field)} aria-invalid={errors[field.name] ? true : undefined} aria-describedby={errors[field.name] ? `${id}-error` : undefined} className="block w-full rounded-md border border-line bg-page px-3 py-2 text-base">
                  {field.options?.map(([key, text]) => (
                    <option key={key} value={key}>
                      {text}
                    </option>
                  ))}
                </select>
                {errors[field.name] && (
                  <p id={`${id}-error`} className="text-sm text-danger">
                    {errors[field.name]}
                  </p>
                )}
              </div>
            );
          }
          return <Field key={field.name} id={id} name={field.name} label={field.label} type={field.type ?? "text"} defaultValue={value(field)} hint={field.hint} error={errors[field.name]} step={field.step} min={field.min} max={field.max} required={field.required} inputMode={field.type === "number" ? "decimal" : undefined} />;
        })}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-ink hover:opacity-90 disabled:opacity-60">
          {pending ? "送信しています…" : submitLabel}
        </button>
        <p role="status" className={`text-sm ${state.error ? "text-danger" : "text-success"}`}>
          {state.error ?? (state.ok ? state.message : "")}
        </p>
      </div>
    </form>
  );
}
