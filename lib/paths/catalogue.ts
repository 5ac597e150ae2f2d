import { z } from "zod";
import { loadCollection, loadedOnce } from "@/lib/content/collection";
import { sourceSchema } from "@/lib/content/sources";
import { certificationSlugs } from "@/lib/certifications/slugs";
import { payFigureIds } from "@/lib/pay/figures";
import { milestoneKinds } from "@/lib/plans/vocabulary";
import { pmoTypeSlugs } from "@/lib/pmo-types/data";

export { milestoneKinds };

const milestone = z
  .object({
    kind: z.enum(Object.keys(milestoneKinds) as [keyof typeof milestoneKinds, ...(keyof typeof milestoneKinds)[]]),
    title: z.string().min(4),
    certification: z.enum(certificationSlugs).optional(),
  })
  .strict()
  .refine((value) => (value.kind === "certification") === (value.certification !== undefined), {
    message: "a certification milestone names its certification, and only it does",
  });

/** Front matter of content/paths/*.md. */
const careerPathSchema = z
  .object({
    title: z.string().min(5),
    from: z.string().min(1),
    to: z.string().min(1),
    summary: z.string().min(40).max(160),
    typicalMonths: z.number().int().positive(),
    /** Pay figures from content/data/pay.json shown on the page, each with its own source. */
    pay: z.array(z.enum(payFigureIds)).default([]),
    sources: z.array(sourceSchema).min(1),
    relatedGuides: z.array(z.string()).min(1).max(6),
    pmoTypes: z.array(z.enum(pmoTypeSlugs)),
    stages: z.array(z.object({ title: z.string().min(2), months: z.number().int().positive(), milestones: z.array(milestone).min(1) }).strict()).min(2),
  })
  .strict()
  .refine((path) => path.stages.reduce((sum, stage) => sum + stage.months, 0) === path.typicalMonths, {
    message: "stage months must add up to typicalMonths",
  });

export type CareerPath = Awaited<ReturnType<typeof getCareerPaths>>[number];

const order = ["inexperienced-to-pmo-assistant", "office-to-pmo", "se-to-pmo", "pmo-assistant-to-lead", "pmo-to-pm", "pmo-to-it-consultant", "pmo-to-freelance", "pmo-to-it-specialist", "pmo-to-pdm"];
const loadPaths = async () => (await loadCollection("paths", careerPathSchema)).sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));

/** Career paths, from the first step into PMO to the steps out of it. Read once per process. */
export const getCareerPaths = loadedOnce(loadPaths);

export async function getCareerPath(slug: string): Promise<CareerPath | null> {
  return (await getCareerPaths()).find((path) => path.slug === slug) ?? null;
}
