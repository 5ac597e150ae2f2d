import { deleteMyAccountAction } from "@/lib/account/settings/actions";
import { ActionForm } from "@/app/_components/ui/action-form";

/** Deleting asks for the password (or a recent 本人確認) and an explicit tick; nothing can be recovered afterwards. */
export function DeleteAccountForm({ askPassword }: { askPassword: boolean }) {
  return (
    <div className="space-y-3">
      <p className="text-sm">
        アカウントと、キャリアプラン・資格の学習記録・検討リスト・保存した検索・セルフチェック結果など<strong>すべてのデータが完全に削除</strong>
        され、元に戻せません。必要なデータは先にダウンロードしてください。
      </p>
      {!askPassword && <p className="text-sm">パスワードのないアカウントでは、先に上の「本人確認」を済ませてください。</p>}
      <ActionForm
        action={deleteMyAccountAction}
        submitLabel="アカウントを削除する"
        pendingLabel="削除しています…"
        fields={[
          ...(askPassword ? [{ name: "currentPassword", label: "現在のパスワード", type: "password", autoComplete: "current-password", required: true } as const] : []),
          { name: "confirm", label: "すべてのデータが削除され、元に戻せないことを理解しました。", type: "checkbox", required: true },
        ]}
      />
    </div>
  );
}
