import "server-only";
import { savePreferences, setSearchDigest } from "./queries";
import { readUnsubscribeToken } from "./unsubscribe-token";
import { kindOfSwitch, reminderKindLabels, switchableKinds } from "./vocabulary";

/** Stops the kind (or the one search's digest) a 配信停止 token names; what the page says afterwards, or null for a bad token. */
export async function unsubscribeWithToken(token: string): Promise<string | null> {
  const target = readUnsubscribeToken(token);
  if (!target) return null;
  if (target.kind === "digest") {
    const search = await setSearchDigest(target.userId, target.subject, "off");
    return search ? `保存した検索「${search.name}」の新着メールを止めました。` : "この保存した検索はすでに削除されています。メールは届きません。";
  }
  const kind = switchableKinds.find((candidate) => kindOfSwitch[candidate] === target.kind);
  if (!kind) return null;
  await savePreferences(target.userId, { [kind]: false });
  return `「${reminderKindLabels[target.kind].name}」のお知らせメールを止めました。マイページのお知らせには引き続き表示されます。`;
}
