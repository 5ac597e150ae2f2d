import type { Metadata } from "next";
import { CareerBackLink } from "@/app/_components/career/career-back-link";
import { pmoTypeOptions } from "@/app/_components/career/pmo-type-options";
import { ProjectForm } from "@/app/_components/career/project-form";
import { requireUser } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "案件を追加", robots: { index: false } };

export default async function NewProjectPage() {
  await requireUser();
  return (
    <div className="space-y-4">
      <CareerBackLink />
      <h1 className="text-2xl font-bold">案件を追加</h1>
      <ProjectForm pmoTypeOptions={pmoTypeOptions()} />
    </div>
  );
}
