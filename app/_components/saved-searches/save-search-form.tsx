"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { saveSearchAction } from "@/lib/saved-searches/actions";
import { signInUrl } from "@/lib/auth/sign-in-url";
import { Button } from "../ui/button";
import { FormAlert } from "../ui/form-alert";
import { StatusMessage } from "../ui/status-message";

export function SaveSearchForm({ query, signedIn, returnTo }: { query: string; signedIn: boolean; returnTo: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveSearchAction, {});
  if (!signedIn) {
    return (
      <Link href={signInUrl(returnTo)} className="text-sm text-brand underline">
        ログインしてこの検索条件を保存
      </Link>
    );
  }
  if (state.ok) return <StatusMessage>{state.message}</StatusMessage>;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="query" value={query} />
      <label htmlFor="saved-search-name" className="text-sm">
        この条件を保存
      </label>
      <input
        id="saved-search-name"
        name="name"
        required
        maxLength={40}
        defaultValue={state.values?.name}
        placeholder="例: 金融・フルリモート"
        aria-invalid={state.fieldErrors?.name ? true : undefined}
        aria-describedby={state.error ? "saved-search-error" : undefined}
        className="w-44 rounded-md border border-line bg-page px-2 py-1 text-sm"
      />
      <Button type="submit" variant="outline" size="md" disabled={pending}>
        保存
      </Button>
      <div id="saved-search-error" className="w-full empty:hidden">
        <FormAlert message={state.fieldErrors?.name ?? state.error} />
      </div>
    </form>
  );
}
