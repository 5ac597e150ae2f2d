import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/ui/action-form";
import { isPasswordResetTokenValid } from "@/lib/account/queries";
import { resetPasswordAction } from "@/lib/account/reset/actions";
import { looksLikeLinkToken } from "@/lib/account/link-token";
import { PASSWORD_MIN_LENGTH } from "@/lib/account/password-rules";

// The token is in the URL: never send it on to another site in a Referer header.
export const metadata: Metadata = { title: "新しいパスワードの設定", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const valid = looksLikeLinkToken(token) && (await isPasswordResetTokenValid(token));
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">新しいパスワードの設定</h1>
      {valid ? (
        <ActionForm
          action={resetPasswordAction}
          hidden={{ token }}
          submitLabel="パスワードを設定する"
          pendingLabel="設定しています…"
          fields={[{ name: "newPassword", label: "新しいパスワード", type: "password", autoComplete: "new-password", hint: `${PASSWORD_MIN_LENGTH}文字以上`, required: true }]}
        />
      ) : (
        <p role="alert" className="text-sm">
          このリンクは有効期限（30分）が切れているか、すでに使われています。
          <Link href="/reset-password" className="text-brand underline">
            もう一度再設定をお申し込みください
          </Link>
          。
        </p>
      )}
    </>
  );
}
