"use client";

import { useActionState } from "react";
import { Field, SelectField, TextAreaField } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import type { ActionState } from "@/lib/actions/validated-action";
import { certificationNames } from "@/lib/certifications/slugs";
import type { PlanActionData } from "@/lib/plans/action-results";
import { addMilestoneAction, updateMilestoneAction } from "@/lib/plans/milestones/actions";
import { milestoneKinds, milestoneStatuses } from "@/lib/plans/vocabulary";
import { PlanResult } from "./plan-result";
import { usePinnedVersion } from "./use-pinned-version";

export interface MilestoneValues {
  id: string;
  title: string;
  kind: string;
  status: string;
  dueDate: string | null;
  note: string;
  certificationSlug: string | null;
  bookmarkId: string | null;
}

interface MilestoneFormProps {
  planId: string;
  version: number;
  /** The milestone being edited; without it the form adds one. */
  milestone?: MilestoneValues;
  bookmarks: { id: string; title: string }[];
}

export function MilestoneForm({ planId, version, milestone, bookmarks }: MilestoneFormProps) {
  const [state, action] = useActionState<ActionState<PlanActionData>, FormData>(milestone ? updateMilestoneAction : addMilestoneAction, {});
  const prefix = milestone ? `milestone-${milestone.id}` : "milestone-new";
  const value = (name: keyof MilestoneValues, fallback = "") => state.values?.[name] ?? milestone?.[name] ?? fallback;
  const errors = state.fieldErrors ?? {};
  const pinned = usePinnedVersion(version, state);
  return (
    <form action={action} onChange={pinned.onChange} className="space-y-3" noValidate>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={pinned.version} />
      {milestone && <input type="hidden" name="milestoneId" value={milestone.id} />}
      <Field id={`${prefix}-title`} name="title" label="マイルストーン名" required maxLength={120} defaultValue={value("title")} error={errors.title} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField id={`${prefix}-kind`} name="kind" label="種類" options={Object.entries(milestoneKinds)} defaultValue={value("kind", "skill")} error={errors.kind} />
        <Field id={`${prefix}-due`} name="dueDate" type="date" label="期日（任意）" defaultValue={value("dueDate")} error={errors.dueDate} />
        {milestone && <SelectField id={`${prefix}-status`} name="status" label="状況" options={Object.entries(milestoneStatuses)} defaultValue={value("status")} error={errors.status} />}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id={`${prefix}-certification`}
          name="certificationSlug"
          label="関連する資格（任意）"
          options={[["", "なし"], ...Object.entries(certificationNames)]}
          defaultValue={value("certificationSlug")}
          error={errors.certificationSlug}
        />
        <SelectField
          id={`${prefix}-bookmark`}
          name="bookmarkId"
          label="検討リストの求人（任意）"
          options={[["", "なし"], ...bookmarks.map((bookmark): [string, string] => [bookmark.id, bookmark.title])]}
          defaultValue={value("bookmarkId")}
          error={errors.bookmarkId}
        />
      </div>
      <TextAreaField id={`${prefix}-note`} name="note" label="メモ（自分だけに表示。共有リンクには出ません）" rows={2} maxLength={2000} defaultValue={value("note")} error={errors.note} />
      <p className="text-xs text-ink-muted">資格を選ぶと、その資格を「資格の学習記録」にも追加します。</p>
      <PlanResult state={state} planId={planId} />
      <SubmitButton pendingLabel="保存しています…" wide={false}>
        {milestone ? "この内容で保存" : "マイルストーンを追加"}
      </SubmitButton>
    </form>
  );
}
