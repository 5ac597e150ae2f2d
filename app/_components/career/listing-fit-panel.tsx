"use client";

import Link from "next/link";
import { useActionState, useEffect, useState, useSyncExternalStore } from "react";
import { buttonClasses } from "@/app/_components/ui/button";
import type { ActionState } from "@/lib/actions/validated-action";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import { addFitMilestoneAction } from "@/lib/career/fit/actions";
import type { ListingFitResult } from "@/lib/career/fit/load";
import type { FitItem, FitState } from "@/lib/career/fit/match";

const hintPattern = new RegExp(`(?:^|; )${SESSION_HINT_COOKIE}=1(?:;|$)`);
const subscribe = () => () => {};

const groups: { state: FitState; heading: string; empty: string }[] = [
  { state: "have", heading: "持っている", empty: "記録の中に当てはまるものはまだありません。" },
  { state: "working", heading: "取り組み中", empty: "取り組み中のものはありません。" },
  { state: "missing", heading: "まだない", empty: "足りないものはありません。" },
];

const requirementLabel = (item: FitItem) => (item.kind === "certification" ? "歓迎資格" : item.requirement === "required" ? "必須" : "歓迎");

function AddToPlan({ listingId, item }: { listingId: string; item: FitItem }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addFitMilestoneAction, {});
  if (state.ok) {
    return (
      <span role="status" className="text-sm text-success">
        {state.message}
      </span>
    );
  }
  return (
    <form action={action} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="listingId" value={listingId} />
      <input type="hidden" name="kind" value={item.kind} />
      <input type="hidden" name="name" value={item.name} />
      <button type="submit" disabled={pending} aria-label={`「${item.name}」をプランに追加`} className={buttonClasses()}>
        {pending ? "追加しています…" : "プランに追加"}
      </button>
      {state.error && (
        <span role="alert" className="text-sm text-danger">
          {state.error}
          {state.error.includes("キャリアプランがありません") && (
            <>
              {" "}
              <Link href="/me/plans/new" className="underline">
                プランを作る
              </Link>
            </>
          )}
        </span>
      )}
    </form>
  );
}

/**
 * On a listing's page, for a signed-in user only: which of its asks the user has, is working on or
 * lacks, fetched in the browser so the page is the same for every visitor. Visitors see nothing.
 */
export function ListingFitPanel({ listingId }: { listingId: string }) {
  const signedIn = useSyncExternalStore(subscribe, () => hintPattern.test(document.cookie), () => false);
  const [fit, setFit] = useState<ListingFitResult | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    // manual: an ended session answers with a redirect to sign-in; then show nothing rather than follow it.
    fetch(`/api/career/fit/${listingId}`, { redirect: "manual", signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => {
        if (response.ok) setFit((await response.json()) as ListingFitResult);
        else if (response.status >= 500) setFailed(true);
      })
      .catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === "AbortError")) setFailed(true);
      });
    return () => controller.abort();
  }, [listingId, signedIn]);
  if (!signedIn || (!fit && !failed)) return null;
  return (
    <section aria-labelledby="listing-fit" className="space-y-3 rounded-[var(--radius-card)] border border-brand bg-brand-soft p-4">
      <h2 id="listing-fit" className="text-lg font-bold">
        あなたの経歴との照らし合わせ
      </h2>
      {failed || !fit ? (
        <p role="alert" className="text-sm">
          照らし合わせを読み込めませんでした。ページを再読み込みしてください。
        </p>
      ) : fit.items.length === 0 ? (
        <p className="text-sm">この求人にはスキル・資格の条件が書かれていません。</p>
      ) : (
        <>
          {!fit.hasRecord && (
            <p className="text-sm">
              <Link href="/me/career" className="text-brand underline">
                職務経歴
              </Link>
              や
              <Link href="/me/certifications" className="text-brand underline">
                資格の記録
              </Link>
              を入力すると、持っているスキル・資格をここで確かめられます。
            </p>
          )}
          <div className="grid gap-3 md:grid-cols-3">
            {groups.map((group) => {
              const items = fit.items.filter((item) => item.state === group.state);
              return (
                <div key={group.state} className="space-y-2">
                  <h3 className="font-bold">
                    {group.heading}（{items.length}）
                  </h3>
                  {items.length === 0 ? (
                    <p className="text-sm text-ink-muted">{group.empty}</p>
                  ) : (
                    <ul className="space-y-2" aria-label={group.heading}>
                      {items.map((item) => (
                        <li key={`${item.kind}-${item.name}`} className="space-y-1 text-sm">
                          <p>
                            <span className="mr-1 rounded bg-page px-1.5 py-0.5 text-xs ring-1 ring-line">{requirementLabel(item)}</span>
                            <span className="font-semibold">{item.name}</span>
                            {item.detail && <span className="block text-ink-muted">{item.detail}</span>}
                          </p>
                          {item.state === "missing" && <AddToPlan listingId={fit.listing.id} item={item} />}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
          </div>
          <p className="text-xs text-ink-muted">
            職務経歴に入力したスキル・手法・ツール・業界と、資格の記録から照らし合わせています（あなたにだけ表示）。
            <Link href="/me/career" className="text-brand underline">
              職務経歴を編集する
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
