import { z } from "zod";
import { loadCollection, loadedOnce } from "@/lib/content/collection";
import { sourceSchema, unverifiedFactSchema } from "@/lib/content/sources";
import { pathSlugs } from "@/lib/paths/slugs";
import { pmoTypeSlugs } from "@/lib/pmo-types/data";

export const certificationLevels = ["入門", "初級", "中級", "上級"] as const;

/** Front matter of content/certifications/*.md: every fact with the source it came from and when it was checked. */
const certificationSchema = z
  .object({
    name: z.string().min(2),
    shortName: z.string().min(2).max(30),
    issuer: z.string().min(2),
    summary: z.string().min(40).max(160),
    format: z.string().min(2),
    fee: z.string().min(2),
    eligibility: z.string().min(2),
    schedule: z.string().min(2),
    renewal: z.string().min(2),
    studyHours: z.number().int().positive(),
    studyHoursNote: z.string().min(2),
    level: z.enum(certificationLevels),
    pmoTypes: z.array(z.enum(pmoTypeSlugs)),
    paths: z.array(z.enum(pathSlugs)),
    sources: z.array(sourceSchema).min(1),
    /** Facts the issuer's page did not confirm: the page lists them as unverified instead of guessing. */
    unverified: z.array(unverifiedFactSchema).default([]),
  })
  .strict();

export type Certification = Awaited<ReturnType<typeof getCertifications>>[number];

const levelOrder = (level: (typeof certificationLevels)[number]) => certificationLevels.indexOf(level);

const loadCertifications = async () =>
  (await loadCollection("certifications", certificationSchema)).sort((a, b) => levelOrder(a.level) - levelOrder(b.level) || a.slug.localeCompare(b.slug));

/** The catalogue, from entry level up. Read once per process. */
export const getCertifications = loadedOnce(loadCertifications);

export async function getCertification(slug: string): Promise<Certification | null> {
  return (await getCertifications()).find((certification) => certification.slug === slug) ?? null;
}
