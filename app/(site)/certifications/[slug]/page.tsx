import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs, type Crumb } from "@/app/_components/ui/breadcrumbs";
import { SourceList } from "@/app/_components/content/source-list";
import { TrackButton } from "@/app/_components/certifications/track-button";
import { DefinitionRow } from "@/app/_components/ui/definition-row";
import { JsonLd } from "@/app/_components/ui/json-ld";
import { getCertification, getCertifications } from "@/lib/certifications/catalogue";
import { getCareerPaths } from "@/lib/paths/catalogue";
import { getPmoType } from "@/lib/pmo-types/data";
import { pageMetadata } from "@/lib/site/metadata";
import { breadcrumbListLd } from "@/lib/site/structured-data";

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCertifications()).map((certification) => ({ slug: certification.slug }));
}

export async function generateMetadata({ params }: { params: Params }) {
  const certification = await getCertification((await params).slug);
  return certification
    ? pageMetadata({
        title: `${certification.shortName}とは（PMOのための資格ガイド）`,
        description: certification.summary,
        path: `/certifications/${certification.slug}`,
        ownShareImage: true,
      })
    : {};
}

export default async function CertificationPage({ params }: { params: Params }) {
  const certification = await getCertification((await params).slug);
  if (!certification) notFound();
  const paths = (await getCareerPaths()).filter((path) => (certification.paths as string[]).includes(path.slug));
  const crumbs: Crumb[] = [
    { name: "ホーム", href: "/" },
    { name: "資格", href: "/certifications" },
    { name: certification.shortName, href: `/certifications/${certification.slug}` },
  ];
  const facts: [string, string][] = [
    ["主催", certification.issuer],
    ["形式", certification.format],
    ["費用", certification.fee],
    ["受験資格", certification.eligibility],
    ["実施時期", certification.schedule],
    ["更新", certification.renewal],
    ["学習時間の目安", `約${certification.studyHours}時間（${certification.studyHoursNote}）`],
  ];
  return (
    <div className="space-y-8">
      <JsonLd data={breadcrumbListLd(crumbs)} />
      <div>
        <Breadcrumbs items={crumbs} />
        <p className="text-sm font-semibold text-brand">{certification.level}</p>
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{certification.name}</h1>
        <p className="mt-2 text-ink-muted">{certification.summary}</p>
        <div className="mt-4 space-y-1">
          <TrackButton slug={certification.slug} />
          <p className="text-xs text-ink-muted">受験日までの日数、学習時間{certification.slug === "pmp" ? "、合格後のPDU" : ""}をマイページで記録できます（要ログイン）。</p>
        </div>
      </div>
      <section aria-labelledby="facts">
        <h2 id="facts" className="text-lg font-bold">
          基本情報
        </h2>
        <dl className="mt-2">
          {facts.map(([term, value]) => (
            <DefinitionRow key={term} term={term}>
              {value}
            </DefinitionRow>
          ))}
        </dl>
        <p className="mt-2 text-xs text-ink-muted">各項目の出典と確認日はページ末尾の「出典」にあります。「未確認」とある項目は、発行元のページで確かめられなかったものです。</p>
      </section>
      <div className="guide-body" dangerouslySetInnerHTML={{ __html: certification.html }} />
      {(certification.pmoTypes.length > 0 || paths.length > 0) && (
        <section aria-labelledby="fits" className="space-y-2">
          <h2 id="fits" className="text-lg font-bold">
            役立つPMOタイプとキャリアパス
          </h2>
          {certification.pmoTypes.length > 0 && <p className="text-sm">PMOタイプ: {certification.pmoTypes.map((slug) => getPmoType(slug)?.name).join("、")}</p>}
          <ul className="list-disc pl-5 text-sm">
            {paths.map((path) => (
              <li key={path.slug}>
                <Link href={`/paths/${path.slug}`} className="text-brand underline">
                  {path.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sources" className="space-y-2">
        <h2 id="sources" className="text-lg font-bold">
          出典
        </h2>
        <SourceList sources={certification.sources} unverified={certification.unverified} />
      </section>
    </div>
  );
}
