import type { Metadata } from "next";
import Link from "next/link";
import { OAuthButtons } from "@/app/_components/account/oauth-buttons";
import { SignInForm } from "@/app/_components/account/sign-in-form";
import { signInNotices } from "@/lib/account/sign-in-notices";
import { safeReturnPath } from "@/lib/auth/return-path";

export const metadata: Metadata = { title: "ログイン", robots: { index: false } };

type SearchParams = Promise<{ callbackUrl?: string | string[]; notice?: string | string[] }>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, notice } = await searchParams;
  const returnTo = typeof callbackUrl === "string" ? safeReturnPath(callbackUrl) : undefined;
  const message = typeof notice === "string" ? signInNotices[notice] : undefined;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">ログイン</h1>
      {message && (
        <p role="status" className="mb-4 rounded-md border border-line bg-page px-3 py-2 text-sm">
          {message}
        </p>
      )}
      <p className="mb-6 text-sm text-ink-muted">キャリアプラン・資格の学習記録・求人の検討リストを保存できます。</p>
      <SignInForm callbackUrl={returnTo} />
      <p className="mt-4 text-sm">
        <Link href="/reset-password" className="text-brand underline">
          パスワードをお忘れの方
        </Link>
      </p>
      <OAuthButtons callbackUrl={returnTo} />
    </>
  );
}
