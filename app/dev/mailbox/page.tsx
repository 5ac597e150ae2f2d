import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { mailMode } from "@/lib/env";
import { listOutbox } from "@/lib/mail/queries";

export const metadata: Metadata = { title: "開発用メールボックス", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Development only (or DEV_MAILBOX=on for browser tests): mail that would have been sent. */
export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ to?: string | string[] }> }) {
  if (mailMode() !== "outbox") notFound();
  const { to } = await searchParams;
  const mails = await listOutbox(50, typeof to === "string" ? to.trim().toLowerCase() : undefined);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">開発用メールボックス</h1>
      <p className="text-sm text-ink-muted">SMTP_URL が未設定のため、送信されるはずのメールをここに保存しています（本番環境では表示されません）。</p>
      {mails.length === 0 ? (
        <p>メールはまだありません。</p>
      ) : (
        <ul className="space-y-3">
          {mails.map((mail) => (
            <li key={mail.id}>
              <article aria-label={`${mail.to} 宛: ${mail.subject}`} className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
                <h2 className="font-bold">{mail.subject}</h2>
                <p className="text-sm text-ink-muted">
                  宛先: {mail.to} ・ {mail.createdAt.toLocaleString("ja-JP", { timeZone: "Asia/Tokyo" })}
                </p>
                <pre className="mt-2 whitespace-pre-wrap break-all font-sans text-sm">{mail.body}</pre>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
