import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireAdmin } from "@/lib/auth/require-admin";

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return (
    <div className="space-y-6">
      <nav aria-label="管理メニュー" className="flex flex-wrap gap-4 border-b border-line pb-3 text-sm">
        <span className="font-bold">管理</span>
        <Link href="/admin/listings" className="text-brand underline">
          求人一覧
        </Link>
        <Link href="/admin/listings/new" className="text-brand underline">
          新規作成
        </Link>
        <Link href="/admin/listings/import" className="text-brand underline">
          インポート
        </Link>
      </nav>
      {children}
    </div>
  );
}
