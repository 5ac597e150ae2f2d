"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import { buttonClasses } from "../ui/button";

const hintPattern = new RegExp(`(?:^|; )${SESSION_HINT_COOKIE}=1(?:;|$)`);
const subscribe = () => () => {};
const readHint = () => hintPattern.test(document.cookie);

const primary = `whitespace-nowrap ${buttonClasses({ variant: "primary" })}`;
const secondary = `whitespace-nowrap ${buttonClasses({ variant: "outline" })}`;

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
