import { certificationNames } from "@/lib/certifications/slugs";
import { planDownload } from "@/lib/plans/download";
import { planToMarkdown } from "@/lib/plans/markdown";

export const GET = planDownload("md", "text/markdown", (plan) => planToMarkdown(plan, plan.milestones, certificationNames));
