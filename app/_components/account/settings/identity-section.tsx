import { confirmIdentityByMailAction, confirmIdentityByProviderAction } from "@/lib/account/identity/actions";
import { oauthProviderLabels } from "@/lib/auth/oauth-policy";
import type { OAuthProviderId } from "@/lib/env";
import { IDENTITY_CONFIRMATION_WINDOW_MINUTES } from "@/lib/sessions/lifetime";
import { ActionForm } from "@/app/_components/ui/action-form";

const time = new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", hour: "2-digit", minute: "2-digit" });

/**
 * 本人確認 for an account without a password (signed up through Google or GitHub): signing in again
 * through a linked provider, or opening a mailed link in this browser. Deleting the account and
 * changing its address need it within the last few minutes.
 */
export function IdentitySection({ providers, canMail, freshUntil }: { providers: OAuthProviderId[]; canMail: boolean; freshUntil: Date | null }) {
  return (
    <div className="space-y-4">
      {freshUntil ? (
        <p role="status" className="rounded-md border border-line bg-page px-3 py-2 text-sm">
          本人確認済みです（{time.format(freshUntil)}まで有効）。この間に、アカウントの削除やメールアドレスの変更ができます。
        </p>
      ) : (
        <p className="text-sm">
          このアカウントにはパスワードがないため、アカウントの削除とメールアドレスの変更の前に本人確認をお願いしています。確認は{IDENTITY_CONFIRMATION_WINDOW_MINUTES}
          分間有効です。
        </p>
      )}
      {providers.map((provider) => (
        <ActionForm
          key={provider}
          action={confirmIdentityByProviderAction}
          hidden={{ provider }}
          fields={[]}
          submitLabel={`${oauthProviderLabels[provider]}でログインし直して本人確認`}
          pendingLabel={`${oauthProviderLabels[provider]}に移動しています…`}
        />
      ))}
      {canMail && <ActionForm action={confirmIdentityByMailAction} fields={[]} submitLabel="確認メールで本人確認" pendingLabel="送信しています…" />}
      {providers.length === 0 && !canMail && (
        <p className="text-sm">
          連携中のサービスがなく、メールも送れないため、ここでは本人確認できません。ログアウトしてから、もう一度ログインしてください（ログイン直後の{IDENTITY_CONFIRMATION_WINDOW_MINUTES}分間は確認済みになります）。
        </p>
      )}
    </div>
  );
}
