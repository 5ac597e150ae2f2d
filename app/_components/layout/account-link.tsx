"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";

const hintPattern = new RegExp(`(?:^|; )${SESSION_HINT_COOKIE}=1(?:;|$)`);
const subscribe = () => () => {};
const readHint = () => hintPattern.test(document.cookie);

/** Static pages cannot ask for the session, so the header reads a harmless hint cookie. */
export function AccountLink() {
  const signedIn = useSyncExternalStore(subscribe, readHint, () => false);
  const className = "rounded-md bg-brand px-3 py-1.5 text-sm font-semibold text-brand-ink hover:opacity-90";
  return signedIn ? (
    <Link href="/me" className={className}>
      マイページ
    </Link>
  ) : (
    <Link href="/sign-in" className={className}>
      ログイン
    </Link>
  );
}
