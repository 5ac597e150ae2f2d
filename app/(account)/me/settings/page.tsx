import type { Metadata } from "next";
import { ActionForm } from "@/app/_components/ui/action-form";
import { TitledSection as Section } from "@/app/_components/ui/titled-section";
import { DeleteAccountForm } from "@/app/_components/account/settings/delete-account-form";
import { EmailConfirmationNotice } from "@/app/_components/account/settings/email-confirmation-notice";
import { IdentitySection } from "@/app/_components/account/settings/identity-section";
import { buttonClasses } from "@/app/_components/ui/button";
import { StatusMessage } from "@/app/_components/ui/status-message";
import { ReminderPreferencesForm } from "@/app/_components/reminders/preferences-form";
import { getPreferences } from "@/lib/reminders/queries";
import { SessionList } from "@/app/_components/sessions/session-list";
import { hasPassword } from "@/lib/account/identity/confirm";
import { getEmailStatus } from "@/lib/account/email/queries";
import { changeEmailAction, changeNameAction, changePasswordAction } from "@/lib/account/settings/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/account/password-rules";
import { auth } from "@/lib/auth";
import { listLinkedProviders } from "@/lib/auth/queries";
import { requireUser } from "@/lib/auth/require-user";
import { now } from "@/lib/clock";
import { mailMode, oauthProviders } from "@/lib/env";
import { IDENTITY_CONFIRMATION_WINDOW_MINUTES, IDENTITY_LINK_TTL_MINUTES, identityFreshUntil, isIdentityFresh } from "@/lib/sessions/lifetime";
import { findOpenSession, listActiveSessions } from "@/lib/sessions/queries";

export const metadata: Metadata = { title: "アカウント設定", robots: { index: false } };

const currentPassword = { name: "currentPassword", label: "現在のパスワード", type: "password", autoComplete: "current-password", required: true } as const;

const doneMessages: Record<string, string> = {
  password: "パスワードを変更しました。ほかの端末・ブラウザではログアウトされました。",
  device: "選んだ端末からログアウトしました。その端末では次の操作でログインが必要になります。",
  devices: "この端末以外のすべてのログインを終了しました。",
  identity: `本人確認が済みました。${IDENTITY_CONFIRMATION_WINDOW_MINUTES}分以内であれば、アカウントの削除やメールアドレスの変更ができます。`,
  "identity-link-invalid": `本人確認のリンクが使えませんでした。リンクは、本人確認を申し込んだブラウザで${IDENTITY_LINK_TTL_MINUTES}分以内に一度だけ使えます。もう一度お申し込みください。`,
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
  const [sessions, session, askPassword, linked, preferences] = await Promise.all([listActiveSessions(user.id), auth(), hasPassword(user.id), listLinkedProviders(user.id), getPreferences(user.id)]);
  const currentSession = askPassword ? null : await findOpenSession(user.id, session?.sessionId ?? "");
  const freshUntil = currentSession && isIdentityFresh(currentSession, now()) ? identityFreshUntil(currentSession) : null;
  const identityProviders = oauthProviders().filter(({ id }) => linked.includes(id)).map(({ id }) => id);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">アカウント設定</h1>
      {message && (
        <StatusMessage tone="notice">{message}</StatusMessage>
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
          fields={[{ name: "email", label: "新しいメールアドレス", type: "email", autoComplete: "email", defaultValue: "", required: true }, ...(askPassword ? [currentPassword] : [])]}
        />
      </Section>
      <Section id="settings-password" title="パスワード">
        {askPassword ? (
          <>
            <p className="text-sm text-ink-muted">変更すると、この画面以外の端末・ブラウザではログアウトされます。</p>
            <ActionForm
              action={changePasswordAction}
              submitLabel="パスワードを変更"
              pendingLabel="変更しています…"
              fields={[currentPassword, { name: "newPassword", label: "新しいパスワード", type: "password", autoComplete: "new-password", hint: `${PASSWORD_MIN_LENGTH}文字以上`, required: true }]}
            />
          </>
        ) : (
          <p className="text-sm">
            パスワードは設定されていません。設定すると、メールアドレスとパスワードでもログインできます（
            <a href="/reset-password" className="text-brand underline">
              パスワードの設定・再設定
            </a>
            から、登録メールアドレス宛のリンクで設定します）。
          </p>
        )}
      </Section>
      {!askPassword && (
        <Section id="settings-identity" title="本人確認">
          <IdentitySection providers={identityProviders} canMail={mailMode() !== "none"} freshUntil={freshUntil} />
        </Section>
      )}
      <Section id="settings-reminders" title="お知らせメール">
        <ReminderPreferencesForm preferences={preferences} addressConfirmed={Boolean(emailStatus?.confirmed)} />
      </Section>
      <Section id="settings-devices" title="ログイン中の端末">
        <p className="text-sm text-ink-muted">
          心当たりのない端末があれば「ログアウト」してください。その端末は次の操作でログアウトされます。共用のパソコンでログアウトし忘れたときは「この端末以外をすべてログアウト」を。ログインは最長30日で自動的に終了します。
        </p>
        <SessionList sessions={sessions} currentId={session?.sessionId ?? ""} />
      </Section>
      <Section id="settings-export" title="データのダウンロード">
        <p className="text-sm">プロフィール、キャリアプラン、資格の学習記録、検討リスト、保存した検索、セルフチェック結果など、あなたのデータをすべて1つのJSONファイルでダウンロードできます。</p>
        <a href="/me/export" download className={buttonClasses({ variant: "outline", size: "lg" })}>
          すべてのデータをダウンロード（JSON）
        </a>
      </Section>
      <Section id="settings-delete" title="アカウントの削除">
        <DeleteAccountForm askPassword={askPassword} />
      </Section>
    </div>
  );
}
