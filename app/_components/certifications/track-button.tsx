"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { FormAlert } from "../ui/form-alert";
import { trackCertification } from "@/lib/certifications/tracking-actions";

/** "この資格を記録する": signed-in users land on their new record; visitors sign in first and come back to it. */
export function TrackButton({ slug, label = "この資格を記録する" }: { slug: string; label?: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(trackCertification, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="slug" value={slug} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-ink hover:opacity-90 disabled:opacity-60">
        {label}
      </button>
      <FormAlert message={state.error} />
    </form>
  );
}
