"use client";

import Link from "next/link";
import { useActionState } from "react";
import { resendSignUpAction, signUpAction } from "@/lib/account/actions";
import { CONFIRMATION_TTL_HOURS } from "@/lib/account/link-lifetimes";
import { PASSWORD_MIN_LENGTH } from "@/lib/account/password-rules";
import type { ActionState } from "@/lib/actions/validated-action";
import { signInUrl } from "@/lib/auth/sign-in-url";
import { Field } from "../ui/field";
import { FormAlert } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState<ActionState, FormData>(signUpAction, {});
  if (state.ok && state.values?.email) return <ConfirmationSent email={state.values.email} />;
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
      <SubmitButton pendingLabel="送信しています…">確認メールを送る（無料）</SubmitButton>
      <p className="text-sm text-ink-muted">
        すでにアカウントをお持ちの方は{" "}
        <Link href={signInUrl(callbackUrl)} className="text-brand underline">
          ログイン
        </Link>
      </p>
    </form>
  );
}

/** 仮登録の完了: what to do next, and a resend for a mail that did not arrive. */
function ConfirmationSent({ email }: { email: string }) {
  const [state, resend] = useActionState<ActionState, FormData>(resendSignUpAction, {});
  return (
    <section aria-labelledby="sign-up-sent" className="space-y-4">
      <h2 id="sign-up-sent" className="text-lg font-bold">
        確認メールを送りました
      </h2>
      <p role="status">
        {email} 宛にメールをお送りしました。メール内のリンクを{CONFIRMATION_TTL_HOURS}時間以内に開くと本登録が完了し、そのままログインします。
      </p>
      <p className="text-sm text-ink-muted">
        このメールアドレスで既に登録済みの場合は、ログインと再設定のご案内をお送りしています。メールが届かない場合は、迷惑メールフォルダをご確認のうえ、再送してください。
      </p>
      <form action={resend} className="space-y-2">
        <input type="hidden" name="email" value={email} />
        <FormAlert message={state.error} />
        {state.ok && <p className="text-sm">確認メールを再送しました。</p>}
        <SubmitButton pendingLabel="再送しています…">確認メールを再送する</SubmitButton>
      </form>
    </section>
  );
}
