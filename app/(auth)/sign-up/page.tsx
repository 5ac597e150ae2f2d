import type { Metadata } from "next";
import { SignUpForm } from "@/app/_components/account/sign-up-form";
import { safeReturnPath } from "@/lib/auth/return-path";

export const metadata: Metadata = { title: "新規登録", robots: { index: false } };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const returnTo = typeof callbackUrl === "string" ? safeReturnPath(callbackUrl) : undefined;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">新規登録（無料）</h1>
      <p className="mb-6 text-sm text-ink-muted">メールアドレスとパスワードだけで始められます。</p>
      <SignUpForm callbackUrl={returnTo} />
    </>
  );
}
