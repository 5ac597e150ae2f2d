import { CONFIRMATION_TTL_HOURS } from "../link-token";

const signature = ["", "PMOキャリアガイド"];

/** 仮登録の確認メール: the link completes the registration. */
export function confirmSignUpMail(name: string, link: string): { subject: string; body: string } {
  return {
    subject: "【PMOキャリアガイド】メールアドレスの確認（本登録のご案内）",
    body: [
      `${name} 様`,
      "",
      "PMOキャリアガイドへのご登録ありがとうございます。現在は仮登録の状態です。",
      `次のリンクを${CONFIRMATION_TTL_HOURS}時間以内に開くと本登録が完了し、そのままログインします（リンクは一度だけ使えます）。`,
      "",
      link,
      "",
      "お心当たりがない場合は、このメールを破棄してください。本登録されず、7日後に仮登録の情報も削除されます。",
      ...signature,
    ].join("\n"),
  };
}

/** To the owner of an address that is already registered, when someone signs up with it again. */
export function alreadyRegisteredMail(signInLink: string, resetLink: string): { subject: string; body: string } {
  return {
    subject: "【PMOキャリアガイド】このメールアドレスは登録済みです",
    body: [
      "このメールアドレスで新規登録のお申し込みがありましたが、このアドレスのアカウントは既にあります。",
      "",
      "ご自身のお申し込みでしたら、次のページからログインしてください。",
      signInLink,
      "",
      "パスワードをお忘れの場合は、こちらから再設定できます。",
      resetLink,
      "",
      "お心当たりがない場合は、このメールを破棄してください。アカウントには何も変更はありません。",
      ...signature,
    ].join("\n"),
  };
}
