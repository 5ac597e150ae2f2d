import { ActionForm } from "@/app/_components/ui/action-form";
import { setDigestAction } from "@/lib/reminders/actions";
import { digestFrequencies, type DigestFrequency } from "@/lib/reminders/vocabulary";

/** 新着メール for one saved search: off, every morning, or Monday mornings. */
export function DigestForm({ searchId, searchName, frequency }: { searchId: string; searchName: string; frequency: DigestFrequency }) {
  return (
    <ActionForm
      action={setDigestAction}
      hidden={{ searchId }}
      idPrefix={`digest-${searchId}`}
      fields={[{ name: "frequency", label: "新着メール", type: "select", options: Object.entries(digestFrequencies), defaultValue: frequency }]}
      submitLabel={`「${searchName}」の新着メールを保存`}
      pendingLabel="保存しています…"
    />
  );
}
