import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/ui/action-form";
import { TrackedCard } from "@/app/_components/certifications/tracked-card";
import { japanToday } from "@/lib/calendar/japan-date";
import { requireUser } from "@/lib/auth/require-user";
import { getCertifications } from "@/lib/certifications/catalogue";
import { trackCertificationAction } from "@/lib/certifications/tracking/actions";
import { listTracked } from "@/lib/certifications/tracking/queries";
import { StatusMessage } from "@/app/_components/ui/status-message";

export const metadata: Metadata = { title: "資格の記録", robots: { index: false } };

export default async function TrackedCertificationsPage({ searchParams }: { searchParams: Promise<{ removed?: string }> }) {
  const user = await requireUser();
  const [tracked, catalogue, { removed }] = await Promise.all([listTracked(user.id), getCertifications(), searchParams]);
  const bySlug = new Map(catalogue.map((certification) => [certification.slug, certification]));
  const untracked = catalogue.filter((certification) => !tracked.some((item) => item.certificationSlug === certification.slug));
  const today = japanToday();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">資格の記録</h1>
        {tracked.length > 0 && (
          <a href="/me/certifications/calendar.ics" download className="rounded-md border border-line px-3 py-1.5 text-sm hover:border-brand">
            受験日と更新期限をカレンダーに書き出す（.ics）
          </a>
        )}
      </div>
      {removed && (
        <StatusMessage tone="notice">
          記録をやめました。学習記録とPDUの記録も削除しました。
        </StatusMessage>
      )}
      {tracked.length === 0 ? (
        <div className="space-y-2 rounded-[var(--radius-card)] border border-line bg-surface p-5">
          <p className="font-semibold">まだ記録している資格はありません。</p>
          <p className="text-sm">
            下で資格を選ぶか、
            <Link href="/certifications" className="text-brand underline">
              資格ガイド
            </Link>
            の各ページで「この資格を記録する」を押すと、受験日までの日数、学習時間、更新の条件をここで管理できます。
          </p>
        </div>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {tracked.map((item) => (
            <li key={item.id}>
              <TrackedCard tracked={item} certification={bySlug.get(item.certificationSlug) ?? null} today={today} />
            </li>
          ))}
        </ul>
      )}
      {untracked.length > 0 && (
        <section aria-labelledby="track-new" className="space-y-3 rounded-[var(--radius-card)] border border-line p-4">
          <h2 id="track-new" className="text-lg font-bold">
            資格を追加する
          </h2>
          <ActionForm
            action={trackCertificationAction}
            idPrefix="track"
            layout="grid"
            submitLabel="記録を始める"
            fields={[{ name: "slug", label: "資格", type: "select", options: untracked.map((certification) => [certification.slug, certification.name]) }]}
          />
        </section>
      )}
    </div>
  );
}
