import Link from "next/link";
import { ActionForm } from "@/app/_components/ui/action-form";
import { savePreferencesAction } from "@/lib/reminders/actions";
import type { Preferences } from "@/lib/reminders/queries";
import { kindOfSwitch, reminderKindLabels, switchableKinds } from "@/lib/reminders/vocabulary";

/** One checkbox per reminder kind; the saved-search digest is chosen per search in /me/searches. */
export function ReminderPreferencesForm({ preferences, addressConfirmed }: { preferences: Preferences; addressConfirmed: boolean }) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-ink-muted">
        日付の前にメールでお知らせします（朝8時ごろ）。メールを止めても、マイページの「お知らせ」には表示されます。保存した検索の新着メールは
        <Link href="/me/searches" className="text-brand underline">
          保存した検索
        </Link>
        で検索ごとに選べます。
      </p>
      {!addressConfirmed && <p className="text-sm font-semibold">メールアドレスの確認が済むまでは、メールは送られません（お知らせには表示されます）。</p>}
      <ActionForm
        action={savePreferencesAction}
        submitLabel="お知らせメールの設定を保存"
        pendingLabel="保存しています…"
        fields={switchableKinds.map((kind) => {
          const label = reminderKindLabels[kindOfSwitch[kind]];
          return { name: kind, label: `${label.name}（${label.when}）`, type: "checkbox", defaultChecked: preferences[kind] };
        })}
      />
    </div>
  );
}
