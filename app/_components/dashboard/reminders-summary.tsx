import Link from "next/link";
import { ActionForm } from "@/app/_components/ui/action-form";
import { markRemindersReadAction } from "@/lib/reminders/actions";
import { countUnreadReminders, listReminders } from "@/lib/reminders/queries";
import { TitledSection } from "../ui/titled-section";

const dateTime = new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" });

/** お知らせ: the same reminders the mail sends, newest first, with the unread ones marked. */
export async function RemindersSummary({ userId }: { userId: string }) {
  const [items, unread] = await Promise.all([listReminders(userId, 10), countUnreadReminders(userId)]);
  return (
    <TitledSection id="dashboard-reminders" title={unread > 0 ? `お知らせ（未読 ${unread}件）` : "お知らせ"}>
      {items.length === 0 ? (
        <p className="text-sm">
          お知らせはまだありません。試験日・プランの期日・検討中の応募などが近づくと、こことメールでお知らせします。
          <Link href="/me/settings#settings-reminders" className="text-brand underline">
            お知らせメールの設定
          </Link>
        </p>
      ) : (
        <>
          <ul className="space-y-2 text-sm" aria-label="お知らせの一覧">
            {items.map((item) => (
              <li key={item.id} className="rounded-md border border-line p-2">
                <p className="font-semibold">
                  {!item.readAt && <span className="mr-2 rounded bg-brand px-1.5 py-0.5 text-xs text-brand-ink">未読</span>}
                  <Link href={item.link} className="hover:underline">
                    {item.title}
                  </Link>
                </p>
                <p className="text-xs text-ink-muted">{dateTime.format(item.createdAt)}</p>
              </li>
            ))}
          </ul>
          {unread > 0 && <ActionForm action={markRemindersReadAction} fields={[]} submitLabel="すべて既読にする" pendingLabel="処理しています…" />}
        </>
      )}
    </TitledSection>
  );
}
