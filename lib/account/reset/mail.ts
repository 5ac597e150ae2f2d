import { RESET_TOKEN_TTL_MINUTES } from "../link-token";

/** The password-reset mail, in Japanese. */
export function resetMail(name: string, link: string): { subject: string; body: string } {
  return {
    subject: "【PMOキャリアガイド】パスワード再設定のご案内",
    body: [
      `${name} 様`,
      "",
      "パスワード再設定のお申し込みを受け付けました。",
      `次のリンクから${RESET_TOKEN_TTL_MINUTES}分以内に新しいパスワードを設定してください（リンクは一度だけ使えます）。`,
      "",
      link,
      "",
      "お心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。",
      "",
      "PMOキャリアガイド",
    ].join("\n"),
  };
}
