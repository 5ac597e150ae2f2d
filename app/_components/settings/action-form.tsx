"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { Field } from "../ui/field";
import { FormAlert } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export interface FormField {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** One settings form: labelled fields, a submit button, and the action's result announced. */
export function ActionForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  hidden,
  children,
}: {
  action: Action;
  fields: FormField[];
  submitLabel: string;
  pendingLabel: string;
  hidden?: Record<string, string>;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state.error} />
      {state.ok && state.message && (
        <p role="status" className="rounded-md border border-line bg-page px-3 py-2 text-sm">
          {state.message}
        </p>
      )}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <Field
          key={field.name}
          id={`${submitLabel}-${field.name}`}
          name={field.name}
          label={field.label}
          type={field.type ?? "text"}
          autoComplete={field.autoComplete}
          hint={field.hint}
          required
          defaultValue={field.type === "password" ? undefined : (state.values?.[field.name] ?? field.defaultValue)}
          error={state.fieldErrors?.[field.name]}
        />
      ))}
      {children}
      {state.fieldErrors?.confirm && <p className="text-sm text-danger">{state.fieldErrors.confirm}</p>}
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}
