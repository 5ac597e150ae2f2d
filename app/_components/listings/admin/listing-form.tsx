"use client";

import { useActionState } from "react";
import type { Listing } from "@/db/schema";
import type { ActionState } from "@/lib/actions/validated-action";
import { saveListingAction } from "@/lib/listings/admin/actions";
import { employmentTypes, industries, listingLevels, payUnits, prefectures, workStyles } from "@/lib/listings/vocabulary";
import { pmoTypes } from "@/lib/pmo-types/data";
import { Field, SelectField, TextAreaField } from "@/app/_components/ui/field";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { SubmitButton } from "@/app/_components/ui/submit-button";

/** Create or edit a listing; the fields are the import file's columns, checked by the same schema. */
export function ListingForm({ listing, newExternalId }: { listing?: Listing; newExternalId: string }) {
  const [state, action] = useActionState<ActionState, FormData>(saveListingAction, {});
  const value = (key: string, fallback: string) => state.values?.[key] ?? fallback;
  const errors = state.fieldErrors ?? {};
  const textArea = (name: string, label: string, fallback: string, rows: number, hint?: string) => (
    <TextAreaField name={name} label={label} hint={hint} rows={rows} defaultValue={value(name, fallback)} error={errors[name]} />
  );
  return (
    <form action={action} className="max-w-3xl space-y-4" noValidate>
      <FormAlert message={state.error} />
      {listing && <input type="hidden" name="id" value={listing.id} />}
      <Field name="external_id" label="external_id（取り込み元のID）" defaultValue={value("external_id", listing?.externalId ?? newExternalId)} error={errors.external_id} />
      <Field name="title" label="タイトル" defaultValue={value("title", listing?.title ?? "")} error={errors.title} />
      <Field name="company" label="会社名" defaultValue={value("company", listing?.company ?? "")} error={errors.company} />
      {textArea("description", "仕事内容", listing?.description ?? "", 6)}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="employment_type" label="雇用形態" options={Object.entries(employmentTypes)} defaultValue={value("employment_type", listing?.employmentType ?? "full-time")} error={errors.employment_type} />
        <SelectField name="pmo_type" label="PMOタイプ" options={pmoTypes.map((type) => [type.slug, type.name])} defaultValue={value("pmo_type", listing?.pmoType ?? "support")} error={errors.pmo_type} />
        <SelectField name="level" label="レベル" options={Object.entries(listingLevels)} defaultValue={value("level", listing?.level ?? "member")} error={errors.level} />
        <SelectField name="industry" label="業界" options={Object.entries(industries)} defaultValue={value("industry", listing?.industry ?? "it")} error={errors.industry} />
        <SelectField name="work_style" label="働き方" options={Object.entries(workStyles)} defaultValue={value("work_style", listing?.workStyle ?? "hybrid")} error={errors.work_style} />
        <SelectField name="prefecture" label="勤務地" options={prefectures.map((name) => [name, name])} defaultValue={value("prefecture", listing?.prefecture ?? "東京都")} error={errors.prefecture} />
        <SelectField name="pay_unit" label="報酬の単位" options={Object.entries(payUnits)} defaultValue={value("pay_unit", listing?.payUnit ?? "annual")} error={errors.pay_unit} />
        <Field name="days_per_week" label="週の稼働日数（1〜5）" type="number" min={1} max={5} defaultValue={value("days_per_week", String(listing?.daysPerWeek ?? 5))} error={errors.days_per_week} />
        <Field name="pay_min" label="報酬の下限（円）" type="number" min={0} defaultValue={value("pay_min", String(listing?.payMin ?? ""))} error={errors.pay_min} />
        <Field name="pay_max" label="報酬の上限（円）" type="number" min={0} defaultValue={value("pay_max", String(listing?.payMax ?? ""))} error={errors.pay_max} />
        <Field name="posted_on" label="掲載日" type="date" defaultValue={value("posted_on", listing?.postedOn ?? "")} error={errors.posted_on} />
        <Field name="closes_on" label="締切日（任意）" type="date" defaultValue={value("closes_on", listing?.closesOn ?? "")} error={errors.closes_on} />
        <SelectField name="status" label="状態" options={[["open", "募集中"], ["closed", "募集終了"]]} defaultValue={value("status", listing && !listing.isOpen ? "closed" : "open")} error={errors.status} />
      </div>
      {textArea("required_skills", "必須スキル", (listing?.requiredSkills ?? []).join("\n"), 3, "1行に1つ")}
      {textArea("preferred_skills", "歓迎スキル", (listing?.preferredSkills ?? []).join("\n"), 3, "1行に1つ")}
      {textArea("certifications", "歓迎資格", (listing?.certifications ?? []).join("\n"), 2, "1行に1つ")}
      <div className="sm:max-w-xs">
        <SubmitButton pendingLabel="保存しています…">{listing ? "変更を保存" : "求人を作成"}</SubmitButton>
      </div>
    </form>
  );
}
