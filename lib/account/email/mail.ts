import { CONFIRMATION_TTL_HOURS, REVERT_TTL_DAYS } from "../link-token";

const signature = ["", "PMOキャリアガイド"];

/** Confirms the current address, or the new one of a change (which takes effect only when the link is opened). */
export function confirmEmailMail(name: string, link: string, change: boolean): { subject: string; body: string } {
  return {
    subject: change ? "【PMOキャリアガイド】メールアドレス変更の確認" : "【PMOキャリアガイド】メールアドレスの確認",
    body: [
      `${name} 様`,
      "",
      change
        ? "ログイン用メールアドレスをこのアドレスに変更するお申し込みを受け付けました。次のリンクを開くと変更が完了します。それまでは以前のアドレスのままです。"
        : "このメールアドレスがご本人のものであることを確認します。次のリンクを開くと確認が完了します。",
      `リンクの有効期限は${CONFIRMATION_TTL_HOURS}時間で、一度だけ使えます。`,
      "",
      link,
      "",
      "お心当たりがない場合は、このメールを破棄してください。何も変更されません。",
      ...signature,
    ].join("\n"),
  };
}

/** To the old address once a change took effect, with a way to undo it. */
export function emailChangedMail(name: string, newEmail: string, revertLink: string): { subject: string; body: string } {
  return {
    subject: "【PMOキャリアガイド】ログイン用メールアドレスが変更されました",
    body: [
      `${name} 様`,
      "",
      `アカウントのログイン用メールアドレスが ${newEmail} に変更されました。`,
      "",
      `ご自身で変更していない場合は、${REVERT_TTL_DAYS}日以内に次のリンクを開いてください。メールアドレスを元に戻し、すべての端末からログアウトします。その後、パスワードを再設定してください。`,
      "",
      revertLink,
      "",
      "ご自身で変更した場合は、このメールへの対応は不要です。",
      ...signature,
    ].join("\n"),
  };
}

/** 本人確認 for an account without a password: the link works only in the browser that asked for it. */
export function identityMail(name: string, link: string, ttlMinutes: number): { subject: string; body: string } {
  return {
    subject: "【PMOキャリアガイド】本人確認のリンク",
    body: [
      `${name} 様`,
      "",
      "アカウント設定での本人確認のお申し込みを受け付けました。本人確認を申し込んだブラウザで、次のリンクを開いてください。",
      `リンクの有効期限は${ttlMinutes}分で、一度だけ使えます。ほかのブラウザや端末で開いても確認されません。`,
      "",
      link,
      "",
      "お心当たりがない場合は、このメールを破棄し、アカウント設定の「ログイン中の端末」に見覚えのない端末がないか確かめてください。",
      ...signature,
    ].join("\n"),
  };
}
