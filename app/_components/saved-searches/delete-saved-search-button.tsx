"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { removeSavedSearchAction } from "@/lib/saved-searches/actions";
import { FormAlert } from "../ui/form-alert";

export function DeleteSavedSearchButton({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(removeSavedSearchAction, {});
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`保存した検索「${name}」を削除しますか？`)) event.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="text-sm text-danger underline disabled:opacity-60" aria-label={`「${name}」を削除`}>
        削除
      </button>
      <FormAlert message={state.error} />
    </form>
  );
}
