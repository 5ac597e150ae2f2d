import type { z } from "zod";

/** What every form action returns to useActionState. */
export interface ActionState<Data = unknown> {
  ok?: boolean;
  /** Anything else the form shows afterwards (an import report, say). */
  data?: Data;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  /** Echoed back so a failed form keeps what the user typed (never passwords). */
  values?: Record<string, string>;
}

const secretField = /password/i;

function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !secretField.test(key) && !key.startsWith("$")) values[key] = value.slice(0, 5000);
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}

/**
 * The one way a form reaches the server: parse FormData with the schema, and either
 * hand the typed data to the handler or return every field's message without touching anything.
 */
export function validatedAction<Schema extends z.ZodType, Data = unknown>(
  schema: Schema,
  handler: (data: z.output<Schema>, formData: FormData) => Promise<ActionState<Data>>,
) {
  return async (_previous: ActionState<Data>, formData: FormData): Promise<ActionState<Data>> => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { error: "入力内容を確認してください。", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(formData) };
    }
    const result = await handler(parsed.data, formData);
    return result.ok ? result : { ...result, values: echoValues(formData) };
  };
}
