import { ActionForm } from "@/app/_components/settings/action-form";
import { setDigestAction } from "@/lib/reminders/actions";
import { digestFrequencies, type DigestFrequency } from "@/lib/reminders/vocabulary";

/** 新着メール for one saved search: off, every morning, or Monday mornings. */
export function DigestForm({ searchId, searchName, frequency }: { searchId: string; searchName: string; frequency: DigestFrequency }) {
  const id = `digest-${searchId}`;
  return (
    <ActionForm action={setDigestAction} hidden={{ searchId }} fields={[]} submitLabel={`「${searchName}」の新着メールを保存`} pendingLabel="保存しています…">
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-semibold">
          新着メール
        </label>
        <select id={id} name="frequency" defaultValue={frequency} className="rounded-md border border-line bg-page px-3 py-2">
          {Object.entries(digestFrequencies).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </ActionForm>
  );
}
