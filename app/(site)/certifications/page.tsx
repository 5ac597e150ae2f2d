import Link from "next/link";
import { Breadcrumbs } from "@/app/_components/ui/breadcrumbs";
import { certificationLevels, getCertifications } from "@/lib/certifications/catalogue";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata = pageMetadata({
  title: "PMOに役立つ資格一覧",
  description: "PMP、CAPM、PMI-ACP、IPAのプロジェクトマネージャ試験・応用情報・基本情報・ITパスポート、PMOスペシャリスト、P2M、ITIL 4。主催団体、形式、費用、受験資格、更新ルール、学習時間の目安を出典つきで比較。",
  path: "/certifications",
});

export default async function CertificationsPage() {
  const certifications = await getCertifications();
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { name: "ホーム", href: "/" },
          { name: "資格", href: "/certifications" },
        ]}
      />
      <h1 className="text-2xl font-bold sm:text-3xl">PMOに役立つ資格</h1>
      <p className="text-ink-muted">
        各資格の情報は主催団体の公式情報などをもとに、出典と確認日を添えて掲載しています。試験制度は変わることがあるため、申し込み前に必ず公式サイトで最新情報を確認してください。
      </p>
      {certificationLevels.map((level) => {
        const inLevel = certifications.filter((certification) => certification.level === level);
        if (inLevel.length === 0) return null;
        return (
          <section key={level} aria-labelledby={`level-${level}`} className="space-y-3">
            <h2 id={`level-${level}`} className="text-lg font-bold">
              {level}
            </h2>
            <ul className="grid gap-4 sm:grid-cols-2">
              {inLevel.map((certification) => (
                <li key={certification.slug}>
                  <Link href={`/certifications/${certification.slug}`} className="block h-full rounded-[var(--radius-card)] border border-line bg-surface p-4 hover:border-brand">
                    <span className="block font-bold">{certification.shortName}</span>
                    <span className="block text-xs text-ink-muted">
                      {certification.issuer}・学習時間の目安 約{certification.studyHours}時間
                    </span>
                    <span className="mt-1 block text-sm text-ink-muted">{certification.summary}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
