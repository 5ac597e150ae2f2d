"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";

const hintPattern = new RegExp(`(?:^|; )${SESSION_HINT_COOKIE}=1(?:;|$)`);
const subscribe = () => () => {};
const readHint = () => hintPattern.test(document.cookie);

const primary = "whitespace-nowrap rounded-md bg-brand px-3 py-1.5 text-sm font-semibold text-brand-ink hover:opacity-90";
const secondary = "whitespace-nowrap rounded-md border border-brand px-3 py-1.5 text-sm font-semibold text-brand hover:bg-brand-soft";

/** Static pages cannot ask for the session, so the header reads a harmless hint cookie. */
export function AccountLink() {
  const signedIn = useSyncExternalStore(subscribe, readHint, () => false);
  if (signedIn) {
    return (
      <>
        <Link href="/me/career" className={secondary}>
          職務経歴
        </Link>
        <Link href="/me" className={primary}>
          マイページ
        </Link>
      </>
    );
  }
  // A newcomer sees 新規登録 at once, beside ログイン, on a phone as well.
  return (
    <>
      <Link href="/sign-in" className={secondary}>
        ログイン
      </Link>
      <Link href="/sign-up" className={primary}>
        新規登録
      </Link>
    </>
  );
}
