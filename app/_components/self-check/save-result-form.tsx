"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { saveSelfCheckAction } from "@/lib/self-check/actions";
import { FormAlert } from "../ui/form-alert";
import { StatusMessage } from "../ui/status-message";
import { SubmitButton } from "../ui/submit-button";

export function SaveResultForm({ answers, signedIn }: { answers: string; signedIn: boolean }) {
  const [state, action] = useActionState<ActionState, FormData>(saveSelfCheckAction, {});
  if (state.ok) {
    return <StatusMessage tone="boxed">{state.message}</StatusMessage>;
  }
  return (
    <form action={action} className="space-y-2">
      <FormAlert message={state.fieldErrors?.answers ?? state.error} />
      <input type="hidden" name="answers" value={answers} />
      <div className="sm:max-w-xs">
        <SubmitButton pendingLabel="保存しています…">{signedIn ? "結果をマイページに保存" : "無料登録して結果を保存"}</SubmitButton>
      </div>
      {!signedIn && <p className="text-xs text-ink-muted">登録（またはログイン）すると、この結果がそのままマイページに保存されます。</p>}
    </form>
  );
}
