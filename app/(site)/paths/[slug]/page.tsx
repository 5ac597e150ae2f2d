import Link from "next/link";
import { notFound } from "next/navigation";
import { PayFigureList } from "@/app/_components/content/pay-figure-list";
import { SourceList } from "@/app/_components/content/source-list";
import { StartPlanLink } from "@/app/_components/plans/start-plan-link";
import { GuideGrid } from "@/app/_components/guides/guide-card";
import { Breadcrumbs, type Crumb } from "@/app/_components/ui/breadcrumbs";
import { JsonLd } from "@/app/_components/ui/json-ld";
import { getCertifications } from "@/lib/certifications/catalogue";
import { getGuides } from "@/lib/guides/content";
import { getCareerPath, getCareerPaths, milestoneKinds } from "@/lib/paths/catalogue";
import { getPayFigure, type PayFigure } from "@/lib/pay/figures";
import { getPmoType } from "@/lib/pmo-types/data";
import { pageMetadata } from "@/lib/site/metadata";
import { articleLd, breadcrumbListLd } from "@/lib/site/structured-data";

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCareerPaths()).map((path) => ({ slug: path.slug }));
}

export async function generateMetadata({ params }: { params: Params }) {
  const path = await getCareerPath((await params).slug);
  return path ? pageMetadata({ title: path.title, description: path.summary, path: `/paths/${path.slug}`, type: "article", ownShareImage: true }) : {};
}

export default async function CareerPathPage({ params }: { params: Params }) {
  const path = await getCareerPath((await params).slug);
  if (!path) notFound();
  const [guides, certifications] = await Promise.all([getGuides(), getCertifications()]);
  const related = path.relatedGuides.map((slug) => guides.find((guide) => guide.slug === slug)).filter((guide) => guide !== undefined);
  const crumbs: Crumb[] = [
    { name: "ホーム", href: "/" },
    { name: "キャリアパス", href: "/paths" },
    { name: path.title, href: `/paths/${path.slug}` },
  ];
  const stageEnds = path.stages.map((_, index) => path.stages.slice(0, index + 1).reduce((sum, stage) => sum + stage.months, 0));

  return (
    <div className="space-y-8">
      <JsonLd data={breadcrumbListLd(crumbs)} />
      <JsonLd data={articleLd({ title: path.title, description: path.summary, path: `/paths/${path.slug}`, published: "2026-11-20", updated: "2026-11-20" })} />
      <div>
        <Breadcrumbs items={crumbs} />
        <p className="text-sm font-semibold text-brand">
          {path.from} → {path.to}
        </p>
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{path.title}</h1>
        <p className="mt-2 text-ink-muted">{path.summary}</p>
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div>
            <dt className="inline font-semibold">目安の期間: </dt>
            <dd className="inline">{path.typicalMonths}か月</dd>
          </div>
          {path.pmoTypes.length > 0 && (
            <div>
              <dt className="inline font-semibold">関係するPMOタイプ: </dt>
              <dd className="inline">{path.pmoTypes.map((slug) => getPmoType(slug)?.name).join("、")}</dd>
            </div>
          )}
        </dl>
        <div className="mt-4 space-y-1">
          <StartPlanLink pathSlug={path.slug} />
          <p className="text-xs text-ink-muted">ステージのマイルストーンが入ったプランを、目標日から逆算した期日つきで作れます（無料の会員登録が必要です）。</p>
        </div>
      </div>

      <section aria-labelledby="stages" className="space-y-4">
        <h2 id="stages" className="text-xl font-bold">
          ステージとマイルストーン
        </h2>
        <ol className="relative space-y-6 border-l-4 border-brand-soft pl-6">
          {path.stages.map((stage, index) => {
            const endMonth = stageEnds[index]!;
            return (
              <li key={stage.title} className="relative">
                <span aria-hidden="true" className="absolute -left-[2.15rem] top-0 flex h-7 w-7 items-center justify-center rounded-full bg-brand text-sm font-bold text-brand-ink">
                  {index + 1}
                </span>
                <h3 className="font-bold">{stage.title}</h3>
                <p className="text-xs text-ink-muted">
                  {endMonth - stage.months + 1}〜{endMonth}か月目（{stage.months}か月）
                </p>
                <ul className="mt-2 space-y-1.5 text-sm">
                  {stage.milestones.map((milestone) => {
                    const certification = milestone.certification && certifications.find((item) => item.slug === milestone.certification);
                    return (
                      <li key={milestone.title} className="flex gap-2">
                        <span className="h-fit shrink-0 whitespace-nowrap rounded bg-surface px-1.5 py-0.5 text-xs ring-1 ring-line">{milestoneKinds[milestone.kind]}</span>
                        <span>
                          {milestone.title}
                          {certification && (
                            <>
                              {" "}
                              <Link href={`/certifications/${certification.slug}`} className="text-brand underline">
                                {certification.shortName}について
                              </Link>
                            </>
                          )}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>

      <div className="guide-body" dangerouslySetInnerHTML={{ __html: path.html }} />
      {path.pay.length > 0 && (
        <section aria-labelledby="pay" className="space-y-2">
          <h2 id="pay" className="text-lg font-bold">
            報酬の目安
          </h2>
          <PayFigureList figures={path.pay.map(getPayFigure).filter((figure): figure is PayFigure => figure !== null)} />
        </section>
      )}
      <section aria-labelledby="sources" className="space-y-2">
        <h2 id="sources" className="text-lg font-bold">
          出典
        </h2>
        <SourceList sources={path.sources} />
      </section>

      <p>
        <StartPlanLink pathSlug={path.slug} />
      </p>

      {related.length > 0 && (
        <section aria-labelledby="path-guides" className="space-y-4">
          <h2 id="path-guides" className="text-xl font-bold">
            あわせて読みたいガイド
          </h2>
          <GuideGrid guides={related.map((guide) => ({ guide }))} />
        </section>
      )}
    </div>
  );
}
