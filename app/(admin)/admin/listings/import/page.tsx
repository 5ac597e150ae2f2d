import type { Metadata } from "next";
import { ImportForm } from "@/app/_components/listings/admin/import-form";
import { requireAdmin } from "@/lib/auth/require-admin";

export const metadata: Metadata = { title: "求人のインポート" };

export default async function ImportListingsPage() {
  await requireAdmin();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">求人のインポート</h1>
      <p className="text-sm text-ink-muted">
        列（JSONではキー）は external_id, title, company, description, employment_type, pmo_type, level, industry, work_style, prefecture, pay_unit, pay_min, pay_max,
        days_per_week, required_skills, preferred_skills, certifications, posted_on, closes_on, status です。スキルと資格は「|」区切り。同じexternal_idの求人は上書きされるため、同じファイルを2回取り込んでも結果は変わりません。
      </p>
      <ImportForm />
    </div>
  );
}
