"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { CheckboxField, Field, SelectField } from "./field";
import { ActionResult } from "./status-message";
import { SubmitButton } from "./submit-button";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "date" | "number" | "select" | "checkbox";
  defaultValue?: string;
  options?: [string, string][];
  hint?: string;
  autoComplete?: string;
  step?: string;
  min?: string;
  max?: string;
  required?: boolean;
  /** A checkbox ticked when the form first shows (a saved setting). */
  defaultChecked?: boolean;
}

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

interface ActionFormProps {
  action: FormAction;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel?: string;
  /** Makes the fields' ids unique on a page with several forms; the submit label by default. */
  idPrefix?: string;
  /** Ids and the like the form sends without showing them. */
  hidden?: Record<string, string>;
  /** "grid": two columns from sm up, and a submit button of its own width (the small forms of a tracker). */
  layout?: "stack" | "grid";
}

/**
 * A form around one server action: labelled fields with the server's message under each, the
 * outcome announced above them, and what the user typed kept after a refusal (never a password).
 */
export function ActionForm({ action, fields, submitLabel, pendingLabel = "送信しています…", idPrefix = submitLabel, hidden = {}, layout = "stack" }: ActionFormProps) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, {});
  const errors = state.fieldErrors ?? {};
  const value = (field: FieldSpec) => (field.type === "password" ? undefined : (state.values?.[field.name] ?? field.defaultValue ?? ""));
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <ActionResult state={state} />
      {Object.entries(hidden).map(([name, hiddenValue]) => (
        <input key={name} type="hidden" name={name} value={hiddenValue} />
      ))}
      <div className={layout === "grid" ? "grid gap-3 sm:grid-cols-2" : "space-y-3"}>
        {fields.map((field) => {
          const id = `${idPrefix}-${field.name}`;
          const common = { id, name: field.name, label: field.label, error: errors[field.name], required: field.required };
          if (field.type === "select") return <SelectField key={field.name} {...common} hint={field.hint} options={field.options ?? []} defaultValue={value(field) ?? ""} />;
          if (field.type === "checkbox") return <CheckboxField key={field.name} {...common} value={field.defaultValue} defaultChecked={field.defaultChecked} />;
          return (
            <Field
              key={field.name}
              {...common}
              type={field.type ?? "text"}
              hint={field.hint}
              autoComplete={field.autoComplete}
              defaultValue={value(field)}
              step={field.step}
              min={field.min}
              max={field.max}
              inputMode={field.type === "number" ? "decimal" : undefined}
            />
          );
        })}
      </div>
      <SubmitButton pendingLabel={pendingLabel} wide={layout === "stack"}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
