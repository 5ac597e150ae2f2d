"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { saveSearch } from "@/lib/saved-searches/actions";
import { signInUrl } from "@/lib/auth/sign-in-url";

export function SaveSearchForm({ query, signedIn, returnTo }: { query: string; signedIn: boolean; returnTo: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveSearch, {});
  if (!signedIn) {
    return (
      <Link href={signInUrl(returnTo)} className="text-sm text-brand underline">
        ログインしてこの検索条件を保存
      </Link>
    );
  }
  if (state.ok) return <p role="status" className="text-sm text-success">{state.message}</p>;
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
      <button type="submit" disabled={pending} className="rounded-md border border-brand px-3 py-1 text-sm font-semibold text-brand disabled:opacity-60">
        保存
      </button>
      {(state.fieldErrors?.name ?? state.error) && (
        <p id="saved-search-error" role="alert" className="w-full text-sm text-danger">
          {state.fieldErrors?.name ?? state.error}
        </p>
      )}
    </form>
  );
}
