import { sendEmailConfirmationAction } from "@/lib/account/settings/actions";
import { ActionForm } from "@/app/_components/ui/action-form";

/** For accounts whose address was never confirmed: what that limits, and the button that mails the link. */
export function EmailConfirmationNotice({ email }: { email: string }) {
  return (
    <div role="note" aria-labelledby="email-unconfirmed" className="space-y-3 rounded-md border border-focus bg-surface p-4">
      <h3 id="email-unconfirmed" className="font-bold">
        メールアドレスを確認してください
      </h3>
      <p className="text-sm">
        {email} はまだ確認が済んでいません。確認するまで、GoogleやGitHubのアカウントをこのアカウントに連携できません。確認メールのリンクを開くと完了します。
      </p>
      <ActionForm action={sendEmailConfirmationAction} submitLabel="確認メールを送る" pendingLabel="送信しています…" fields={[]} />
    </div>
  );
}
