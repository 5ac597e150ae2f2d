/** Messages the sign-in page shows after a redirect (?notice=…). */
export const signInNotices: Record<string, string> = {
  reset: "新しいパスワードを設定しました。ほかの端末ではログアウトされています。新しいパスワードでログインしてください。",
  deleted: "アカウントとすべてのデータを削除しました。ご利用ありがとうございました。",
  "oauth-email-taken":
    "このメールアドレスのアカウントが既にあります。メールアドレスとパスワードでログインしてください（このサービスでは、メールアドレスの確認が取れない外部アカウントを既存アカウントに自動で連携しません）。",
  "oauth-no-email": "外部サービスからメールアドレスを取得できませんでした。メールアドレスで新規登録してください。",
};
