"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInWithPasswordAction } from "@/lib/account/actions";
import type { ActionState } from "@/lib/actions/validated-action";
import { Field } from "../ui/field";
import { FormAlert } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";
import { signInUrl } from "@/lib/auth/sign-in-url";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState<ActionState, FormData>(signInWithPasswordAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.error} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field
        name="email"
        label="メールアドレス"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <Field
        name="password"
        label="パスワード"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      <SubmitButton pendingLabel="ログインしています…">ログイン</SubmitButton>
      <p className="text-sm text-ink-muted">
        アカウントをお持ちでない方は{" "}
        <Link href={signInUrl(callbackUrl, "/sign-up")} className="text-brand underline">
          新規登録
        </Link>
      </p>
    </form>
  );
}
