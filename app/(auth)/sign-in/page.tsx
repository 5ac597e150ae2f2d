import type { Metadata } from "next";
import { SignInForm } from "@/app/_components/account/sign-in-form";
import { safeReturnPath } from "@/lib/auth/return-path";

export const metadata: Metadata = { title: "ログイン", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const returnTo = typeof callbackUrl === "string" ? safeReturnPath(callbackUrl) : undefined;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">ログイン</h1>
      <p className="mb-6 text-sm text-ink-muted">キャリアプラン・資格の学習記録・求人の検討リストを保存できます。</p>
      <SignInForm callbackUrl={returnTo} />
    </>
  );
}
