"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import type { ActionState } from "@/lib/actions/validated-action";
import { saveProfileAction, type CareerActionData } from "@/lib/career/actions";
import { CareerMessage } from "./career-message";
import { TextArea } from "./controls";

export interface ProfileFormValues {
  version: number;
  fullName: string;
  sheetName: string;
  summary: string;
  strengths: string;
  otherQualifications: string;
  selfPr: string;
}

/** What the 職務経歴書 says about the person as a whole; every field may stay empty (its section is then left out). */
export function ProfileForm({ profile }: { profile: ProfileFormValues }) {
  const [state, action, pending] = useActionState<ActionState<CareerActionData>, FormData>(saveProfileAction, {});
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof ProfileFormValues) => state.values?.[name] ?? String(profile[name]);
  return (
    <form action={action} className={`space-y-4 ${cardClass}`} noValidate>
      <input type="hidden" name="version" value={profile.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="profile-full-name" name="fullName" label="氏名（職務経歴書に載せる名前）" maxLength={60} autoComplete="name" defaultValue={value("fullName")} error={errors.fullName} />
        <Field id="profile-sheet-name" name="sheetName" label="スキルシートでの氏名の表記" maxLength={30} defaultValue={value("sheetName")} error={errors.sheetName} hint="イニシャル（例: H.Y.）で出すことが多い項目です。空なら氏名を使います。" />
      </div>
      <TextArea id="profile-summary" name="summary" label="職務要約" rows={4} maxLength={2000} defaultValue={value("summary")} error={errors.summary} hint="これまでの経歴を3〜5行で。空行で段落を分けられます。" />
      <TextArea id="profile-strengths" name="strengths" label="活かせる経験・知識・技術" rows={4} maxLength={2000} defaultValue={value("strengths")} error={errors.strengths} hint="1行に1つ。案件に入力したスキル・手法・ツールは自動でまとめて載せます。" />
      <TextArea id="profile-qualifications" name="otherQualifications" label="その他の資格・免許" rows={3} maxLength={1000} defaultValue={value("otherQualifications")} error={errors.otherQualifications} hint="「資格の記録」にない資格を1行に1つ。例: 2022年3月 TOEIC 800点" />
      <TextArea id="profile-self-pr" name="selfPr" label="自己PR" rows={6} maxLength={3000} defaultValue={value("selfPr")} error={errors.selfPr} />
      <CareerMessage state={state} reloadHref="/me/career/profile" />
      <button type="submit" disabled={pending} className={buttonClasses({ variant: "primary", size: "lg" })}>
        {pending ? "保存しています…" : "プロフィールを保存"}
      </button>
    </form>
  );
}
