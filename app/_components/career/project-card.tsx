import Link from "next/link";
import { cardClass } from "@/app/_components/ui/card";
import type { CareerProject } from "@/db/schema";
import { companyLabel } from "@/lib/career/documents/record";
import { projectPeriod } from "@/lib/career/documents/project-facts";
import { ProjectMoveButton } from "./project-move-button";

/** What is still empty, so a project saved half-filled on a phone is easy to finish later. */
export function missingParts(project: CareerProject): string[] {
  return [
    !project.startMonth || (!project.endMonth && !project.ongoing) ? "期間" : "",
    !project.company ? "会社名" : "",
    !project.role ? "役割" : "",
    !project.responsibilities.trim() ? "担当業務" : "",
    project.achievements.length === 0 ? "実績" : "",
  ].filter(Boolean);
}

export function ProjectCard({ project, currentMonth, isFirst, isLast }: { project: CareerProject; currentMonth: string; isFirst: boolean; isLast: boolean }) {
  const { period, duration } = projectPeriod(project, currentMonth);
  const company = companyLabel(project);
  const missing = missingParts(project);
  return (
    <article aria-labelledby={`project-${project.id}`} className={`space-y-2 ${cardClass}`}>
      <h3 id={`project-${project.id}`} className="text-lg font-bold leading-snug">
        <Link href={`/me/career/projects/${project.id}`} className="text-brand underline">
          {project.title}
        </Link>
      </h3>
      <p className="text-sm">
        {[period && `${period}${duration ? `（${duration}）` : ""}`, company, project.role].filter(Boolean).join(" ・ ") || "期間・会社・役割は未入力です"}
      </p>
      {missing.length > 0 && <p className="text-sm text-ink-muted">未入力: {missing.join("・")}</p>}
      <div className="flex flex-wrap items-center gap-2">
        <ProjectMoveButton projectId={project.id} title={project.title} direction="up" disabled={isFirst} />
        <ProjectMoveButton projectId={project.id} title={project.title} direction="down" disabled={isLast} />
      </div>
    </article>
  );
}
