import type { Metadata } from "next";
import { ActionForm } from "@/app/_components/ui/action-form";
import { unsubscribeAction } from "@/lib/reminders/actions";
import { readUnsubscribeToken } from "@/lib/reminders/unsubscribe-token";
import { reminderKindLabels } from "@/lib/reminders/vocabulary";

export const metadata: Metadata = { title: "お知らせメールの配信停止", robots: { index: false }, referrer: "no-referrer" };

/** Linked from every reminder mail; works without signing in. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const target = typeof token === "string" ? readUnsubscribeToken(token) : null;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">お知らせメールの配信停止</h1>
      {target && typeof token === "string" ? (
        <>
          <p>
            {target.kind === "digest" ? "この保存した検索の新着メール" : `「${reminderKindLabels[target.kind].name}」のお知らせメール`}
            を止めます。ほかの種類のメールは届きます。
          </p>
          <ActionForm action={unsubscribeAction} hidden={{ token }} fields={[]} submitLabel="配信を停止する" pendingLabel="停止しています…" />
        </>
      ) : (
        <p role="alert" className="rounded-md border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
          配信停止のリンクが正しくないか、古くなっています。ログインして、アカウント設定の「お知らせメール」から変更してください。
        </p>
      )}
      <p className="text-sm">
        <a href="/me/settings#settings-reminders" className="text-brand underline">
          お知らせメールの設定（ログインが必要です）
        </a>
      </p>
    </div>
  );
}
