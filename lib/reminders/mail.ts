import type { Mail } from "@/lib/mail/send";
import { absoluteUrl } from "@/lib/site/config";
import { unsubscribeToken } from "./unsubscribe-token";
import { reminderKindLabels } from "./vocabulary";
import type { ClaimedMail } from "./queries";

/** The digest's saved search is the part of its key after "digest:". */
const subjectOf = (mail: Pick<ClaimedMail, "kind" | "key">) => (mail.kind === "digest" ? (mail.key.split(":")[1] ?? "") : "");

/**
 * A reminder as plain-text mail that reads on a phone: the message, its link, then how to stop this
 * kind — one click, without signing in (List-Unsubscribe with List-Unsubscribe-Post, RFC 8058).
 */
export function reminderMail(mail: ClaimedMail): Mail {
  const token = unsubscribeToken({ userId: mail.userId, kind: mail.kind, subject: subjectOf(mail) });
  const oneClick = absoluteUrl(`/api/unsubscribe?token=${token}`);
  const kind = reminderKindLabels[mail.kind].name;
  return {
    to: mail.email,
    subject: `【PMOキャリアガイド】${mail.title}`,
    body: [
      `${mail.name ?? ""} 様`,
      "",
      mail.body,
      "",
      absoluteUrl(mail.link),
      "",
      "――",
      `「${kind}」のお知らせメールを止める（ログイン不要）:`,
      absoluteUrl(`/unsubscribe?token=${token}`),
      "お知らせの設定:",
      absoluteUrl("/me/settings#settings-reminders"),
      "",
      "PMOキャリアガイド",
    ].join("\n"),
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
