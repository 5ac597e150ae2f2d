import type { Metadata } from "next";
import { ActionForm } from "@/app/_components/ui/action-form";
import { TitledSection as Section } from "@/app/_components/ui/titled-section";
import { DeleteAccountForm } from "@/app/_components/account/settings/delete-account-form";
import { EmailConfirmationNotice } from "@/app/_components/account/settings/email-confirmation-notice";
import { getEmailStatus } from "@/lib/account/email/queries";
import { changeEmailAction, changeNameAction, changePasswordAction, signOutEverywhereAction } from "@/lib/account/settings/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/account/password-rules";
import { auth } from "@/lib/auth";
import { requireUser } from "@/lib/auth/require-user";
import { listActiveSessions } from "@/lib/sessions/queries";
import { SessionList } from "@/app/_components/sessions/session-list";
import { buttonClasses } from "@/app/_components/ui/button";
import { StatusMessage } from "@/app/_components/ui/status-message";

export const metadata: Metadata = { title: "アカウント設定", robots: { index: false } };

const currentPassword = { name: "currentPassword", label: "現在のパスワード", type: "password", autoComplete: "current-password", required: true } as const;

const doneMessages: Record<string, string> = {
  password: "パスワードを変更しました。ほかの端末・ブラウザではログアウトされました。",
  sessions: "ほかのすべての端末・ブラウザからログアウトしました。",
  device: "選んだ端末からログアウトしました。その端末では次の操作でログインが必要になります。",
  devices: "この端末以外のすべてのログインを終了しました。",
  "email-confirmed": "メールアドレスを確認しました。",
  "email-changed": "メールアドレスを変更しました。次回からは新しいメールアドレスでログインしてください。以前のアドレスにはお知らせを送りました。",
  "email-taken": "このメールアドレスは、その後ほかのアカウントで使われたため変更できませんでした。",
  "email-link-expired": "確認リンクの有効期限が切れているか、すでに使われています。もう一度お送りください。",
};

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  const user = await requireUser();
  const { done } = await searchParams;
  const message = typeof done === "string" ? doneMessages[done] : undefined;
  const emailStatus = await getEmailStatus(user.id);
  const [sessions, session] = await Promise.all([listActiveSessions(user.id), auth()]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">アカウント設定</h1>
      {message && (
        <StatusMessage tone="notice">
          {message}
        </StatusMessage>
      )}
      <Section id="settings-name" title="お名前">
        <ActionForm action={changeNameAction} submitLabel="お名前を保存" pendingLabel="保存しています…" fields={[{ name: "name", label: "お名前（ニックネーム可）", autoComplete: "nickname", defaultValue: user.name ?? "", required: true }]} />
      </Section>
      <Section id="settings-email" title="メールアドレス">
        {emailStatus && !emailStatus.confirmed && <EmailConfirmationNotice email={emailStatus.email} />}
        <p className="text-sm text-ink-muted">新しいアドレスに届く確認メールのリンクを開くと変更が完了します。それまでは現在のアドレスのままです。</p>
        <ActionForm
          action={changeEmailAction}
          submitLabel="確認メールを送る"
          pendingLabel="送信しています…"
          fields={[{ name: "email", label: "新しいメールアドレス", type: "email", autoComplete: "email", defaultValue: "", required: true }, currentPassword]}
        />
      </Section>
      <Section id="settings-password" title="パスワード">
        <p className="text-sm text-ink-muted">変更すると、この画面以外の端末・ブラウザではログアウトされます。</p>
        <ActionForm
          action={changePasswordAction}
          submitLabel="パスワードを変更"
          pendingLabel="変更しています…"
          fields={[currentPassword, { name: "newPassword", label: "新しいパスワード", type: "password", autoComplete: "new-password", hint: `${PASSWORD_MIN_LENGTH}文字以上`, required: true }]}
        />
      </Section>
      <Section id="settings-devices" title="ログイン中の端末">
        <p className="text-sm text-ink-muted">心当たりのない端末があれば「ログアウト」してください。その端末は次の操作でログアウトされます。ログインは最長30日で自動的に終了します。</p>
        <SessionList sessions={sessions} currentId={session?.sessionId ?? ""} />
      </Section>
      <Section id="settings-sessions" title="ほかの端末からログアウト">
        <p className="text-sm text-ink-muted">共用のパソコンでログアウトし忘れたときなどに。この画面のログインは続きます。</p>
        <ActionForm action={signOutEverywhereAction} submitLabel="ほかの端末をすべてログアウト" pendingLabel="処理しています…" fields={[currentPassword]} />
      </Section>
      <Section id="settings-export" title="データのダウンロード">
        <p className="text-sm">プロフィール、キャリアプラン、資格の学習記録、検討リスト、保存した検索、セルフチェック結果など、あなたのデータをすべて1つのJSONファイルでダウンロードできます。</p>
        <a href="/me/export" download className={buttonClasses({ variant: "outline", size: "lg" })}>
          すべてのデータをダウンロード（JSON）
        </a>
      </Section>
      <Section id="settings-delete" title="アカウントの削除">
        <DeleteAccountForm />
      </Section>
    </div>
  );
}
