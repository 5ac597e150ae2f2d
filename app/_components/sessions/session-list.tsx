import { ActionForm } from "@/app/_components/ui/action-form";
import type { UserSession } from "@/db/schema";
import { describeDevice } from "@/lib/sessions/device";
import { endOtherSessionsAction, endSessionAction } from "@/lib/sessions/actions";

const dateTime = new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", dateStyle: "medium", timeStyle: "short" });

/** 「ログイン中の端末」: each session with browser, OS, sign-in time and last seen; the current one cannot be ended here. */
export function SessionList({ sessions, currentId }: { sessions: UserSession[]; currentId: string }) {
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-line rounded-md border border-line" aria-label="ログイン中の端末の一覧">
        {sessions.map((session) => {
          const device = describeDevice(session.userAgent);
          const label = `${device.browser}（${device.os}）`;
          return (
            <li key={session.id} className="space-y-2 p-3" aria-label={label}>
              <p className="font-semibold">
                {label}
                {session.id === currentId && <span className="ml-2 rounded bg-page px-2 py-0.5 text-sm">この端末</span>}
              </p>
              <p className="text-sm text-ink-muted">
                ログイン: {dateTime.format(session.createdAt)} ／ 最終利用: {dateTime.format(session.lastSeenAt)}
              </p>
              {session.id !== currentId && <ActionForm action={endSessionAction} hidden={{ sessionId: session.id }} fields={[]} submitLabel="ログアウト" pendingLabel="ログアウトしています…" />}
            </li>
          );
        })}
      </ul>
      {sessions.some((session) => session.id !== currentId) && (
        <ActionForm action={endOtherSessionsAction} fields={[]} submitLabel="この端末以外をすべてログアウト" pendingLabel="処理しています…" />
      )}
    </div>
  );
}
