import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CareerBackLink } from "@/app/_components/career/career-back-link";
import { DeleteProjectForm } from "@/app/_components/career/delete-project-form";
import { pmoTypeOptions } from "@/app/_components/career/pmo-type-options";
import { missingParts } from "@/app/_components/career/project-card";
import { ProjectForm } from "@/app/_components/career/project-form";
import { requireUser } from "@/lib/auth/require-user";
import { getProject } from "@/lib/career/queries";

export const metadata: Metadata = { title: "案件を編集", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function ProjectPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const project = await getProject(user.id, id);
  if (!project) notFound();
  const missing = missingParts(project);
  return (
    <div className="space-y-4">
      <CareerBackLink />
      <h1 className="text-2xl font-bold leading-snug">{project.title}</h1>
      {created && (
        <p role="status" className="text-success">
          案件を保存しました。{missing.length > 0 && `残りの項目（${missing.join("・")}）は、いつでも後から入力できます。`}
        </p>
      )}
      <p className="flex flex-wrap gap-x-4 text-sm">
        <Link href={`/me/career/pmp#project-${project.id}`} className="text-brand underline">
          この案件のPMP申請用の説明（英語）を書く
        </Link>
        <Link href={`/me/career/projects/${project.id}/ronbun`} className="text-brand underline">
          この案件を論述の題材シートにする（IPA プロジェクトマネージャ試験）
        </Link>
      </p>
      <ProjectForm project={project} pmoTypeOptions={pmoTypeOptions()} />
      <section aria-labelledby="delete-project" className="space-y-2 border-t border-line pt-6">
        <h2 id="delete-project" className="text-lg font-bold">
          案件を削除する
        </h2>
        <DeleteProjectForm projectId={project.id} title={project.title} />
      </section>
    </div>
  );
}
