import { deleteMyAccount } from "@/lib/account/settings-actions";
import { ActionForm } from "./action-form";

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
        action={deleteMyAccount}
        submitLabel="アカウントを削除する"
        pendingLabel="削除しています…"
        fields={askPassword ? [{ name: "currentPassword", label: "現在のパスワード", type: "password", autoComplete: "current-password" }] : []}
      >
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirm" className="mt-1" required />
          <span>すべてのデータが削除され、元に戻せないことを理解しました。</span>
        </label>
      </ActionForm>
    </div>
  );
}
