"use client";

import { useActionState, useState } from "react";
import { buttonClasses } from "@/app/_components/ui/button";
import type { ActionState } from "@/lib/actions/validated-action";
import { savePmpDescriptionAction, type CareerActionData } from "@/lib/career/actions";
import { buildPmpDescription, countWords, hasJapanese, lengthVerdict, pmpDescriptionLength, pmpPartOrder } from "@/lib/career/pmp-description";
import { pmpDescriptionParts, type PmpDescriptionPart } from "@/lib/career/vocabulary";
import { CareerMessage } from "./career-message";
import { TextArea } from "./controls";

const verdictText = {
  empty: "まだ何も入力されていません。",
  short: `目安の${pmpDescriptionLength.minWords}語に届いていません。`,
  ok: `目安の${pmpDescriptionLength.minWords}〜${pmpDescriptionLength.maxWords}語に収まっています。`,
  long: `目安の${pmpDescriptionLength.maxWords}語を超えています。`,
} as const;

/**
 * One project's English description for the PMP application, written part by part; the joined
 * text and its word count update as the user types, and the text is saved with the project.
 */
export function PmpDescriptionForm({ projectId, version, title, saved }: { projectId: string; version: number; title: string; saved: Record<PmpDescriptionPart, string> }) {
  const [state, action, pending] = useActionState<ActionState<CareerActionData>, FormData>(savePmpDescriptionAction, {});
  const [parts, setParts] = useState(saved);
  const [copied, setCopied] = useState(false);
  const text = buildPmpDescription(parts);
  const words = countWords(text);
  const verdict = lengthVerdict(words);
  const japanese = pmpPartOrder.filter((part) => hasJapanese(parts[part]));
  const prefix = `pmp-${projectId}`;
  return (
    <form
      action={action}
      onInput={(event) => {
        const field = event.target;
        if (field instanceof HTMLTextAreaElement && field.name in pmpDescriptionParts) setParts((current) => ({ ...current, [field.name]: field.value }));
        setCopied(false);
      }}
      className="space-y-3"
      noValidate
    >
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="version" value={version} />
      {pmpPartOrder.map((part) => (
        <TextArea key={part} id={`${prefix}-${part}`} name={part} label={pmpDescriptionParts[part].japanese} rows={2} maxLength={3000} lang="en" defaultValue={state.values?.[part] ?? saved[part]} error={state.fieldErrors?.[part]} />
      ))}
      <div className="space-y-1">
        <label htmlFor={`${prefix}-text`} className="block text-sm font-semibold">
          申請に貼り付ける英文（「{title}」）
        </label>
        <textarea id={`${prefix}-text`} readOnly rows={6} value={text} lang="en" aria-describedby={`${prefix}-count`} className="block w-full rounded-md border border-line bg-surface px-3 py-2 text-base" />
        <p id={`${prefix}-count`} aria-live="polite" className={`text-sm ${verdict === "ok" ? "text-success" : verdict === "empty" ? "text-ink-muted" : "text-danger"}`}>
          <strong data-testid="pmp-word-count">{words}語</strong>（目安 {pmpDescriptionLength.minWords}〜{pmpDescriptionLength.maxWords}語・PMIの公式ページでは未確認）: {verdictText[verdict]}
        </p>
        {japanese.length > 0 && <p className="text-sm text-danger">日本語が含まれています（{japanese.map((part) => pmpDescriptionParts[part].japanese).join("、")}）。PMPの申請は英語で記入します。</p>}
      </div>
      <CareerMessage state={state} reloadHref="/me/career/pmp" />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={buttonClasses({ variant: "primary", size: "lg" })}>
          {pending ? "保存しています…" : "説明を保存"}
        </button>
        <button
          type="button"
          className={buttonClasses()}
          disabled={!text}
          onClick={async () => {
            await navigator.clipboard?.writeText(text);
            setCopied(true);
          }}
        >
          英文をコピー
        </button>
        {copied && (
          <span role="status" className="self-center text-sm text-success">
            コピーしました。
          </span>
        )}
      </div>
    </form>
  );
}
