"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUp } from "@/lib/account/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/account/password-rules";
import type { ActionState } from "@/lib/actions/validated-action";
import { Field } from "../ui/field";
import { FormAlert } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState<ActionState, FormData>(signUp, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.error} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field name="name" label="お名前（ニックネーム可）" autoComplete="nickname" required defaultValue={state.values?.name} error={state.fieldErrors?.name} />
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
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`${PASSWORD_MIN_LENGTH}文字以上。よく使われるパスワードは登録できません。`}
        error={state.fieldErrors?.password}
      />
      <SubmitButton pendingLabel="登録しています…">無料で登録する</SubmitButton>
      <p className="text-sm text-ink-muted">
        すでにアカウントをお持ちの方は{" "}
        <Link href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"} className="text-brand underline">
          ログイン
        </Link>
      </p>
    </form>
  );
}
