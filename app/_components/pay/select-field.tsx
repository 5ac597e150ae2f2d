import { describedBy, FieldShell } from "@/app/_components/ui/field-shell";

/** A labelled <select> whose hint and error are announced with it, like the shared Field. */
export function SelectField({
  name,
  label,
  options,
  value,
  hint,
  error,
}: {
  name: string;
  label: string;
  options: Record<string, string>;
  value: string;
  hint?: string;
  error?: string;
}) {
  const id = `pay-${name}`;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        defaultValue={Object.hasOwn(options, value) ? value : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="block w-full rounded-md border border-line bg-page px-3 py-2 text-base text-ink aria-invalid:border-danger"
      >
        {Object.entries(options).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
