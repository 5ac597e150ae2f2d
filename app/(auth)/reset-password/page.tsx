import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/ui/action-form";
import { requestPasswordResetAction } from "@/lib/account/reset/actions";
import { mailMode } from "@/lib/env";

export const metadata: Metadata = { title: "パスワードの再設定", robots: { index: false } };
export const dynamic = "force-dynamic";

export default function ResetPasswordPage() {
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">パスワードの再設定</h1>
      {mailMode() === "none" ? (
        <p role="alert" className="text-sm">
          現在このサイトではメールを送信できないため、パスワードの再設定を受け付けていません。お手数ですが運営者にお問い合わせください。
        </p>
      ) : (
        <>
          <p className="mb-6 text-sm text-ink-muted">ご登録のメールアドレスに、新しいパスワードを設定するためのリンク（30分有効）をお送りします。</p>
          <ActionForm
            action={requestPasswordResetAction}
            submitLabel="再設定用のリンクを送る"
            pendingLabel="送信しています…"
            fields={[{ name: "email", label: "メールアドレス", type: "email", autoComplete: "email", required: true }]}
          />
        </>
      )}
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="text-brand underline">
          ログイン画面に戻る
        </Link>
      </p>
    </>
  );
}
