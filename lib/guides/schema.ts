import { z } from "zod";
import { pmoTypeSlugs } from "@/lib/pmo-types/data";
import { certificationSlugs } from "@/lib/certifications/slugs";
import { pathSlugs } from "@/lib/paths/slugs";

export const guideCategories = {
  basics: "PMOの基本",
  work: "仕事・実務",
  career: "キャリア・転職",
  skills: "スキル・資格",
  workstyle: "働き方",
} as const;
export type GuideCategory = keyof typeof guideCategories;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case slug");

/** Front matter of content/guides/*.md; a file that fails this fails the build with its path. */
export const guideFrontMatterSchema = z
  .object({
    title: z.string().min(10).max(80),
    description: z.string().min(50).max(160),
    category: z.enum(Object.keys(guideCategories) as [GuideCategory, ...GuideCategory[]]),
    tags: z.array(z.string().min(1).max(20)).min(1).max(6),
    published: isoDate,
    updated: isoDate,
    pmoTypes: z.array(z.enum(pmoTypeSlugs)).default([]),
    certifications: z.array(z.enum(certificationSlugs)).default([]),
    paths: z.array(z.enum(pathSlugs)).default([]),
    related: z.array(slug).max(6).default([]),
    featured: z.boolean().default(false),
  })
  .strict()
  .refine((front) => front.updated >= front.published, { message: "updated must not be before published", path: ["updated"] });

export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;
