import "server-only";
import type { CareerProfile, CareerProject } from "@/db/schema";
import { japanToday, type IsoDate } from "@/lib/calendar/japan-date";
import { getCertifications } from "@/lib/certifications/catalogue";
import { listTracked, type TrackedWithMinutes } from "@/lib/certifications/tracking/queries";
import { certificationNames } from "@/lib/certifications/slugs";
import type { CareerRecord, HeldCertification } from "./documents/record";
import { parseSelection, selectProjects, type Selection } from "./documents/selection";
import { pmpExperience } from "./pmp-months";
import { getProfile, listProjects } from "./queries";

/** Passed, or passed and due for renewal: what a 資格 section may list as held. */
export const isHeld = (tracked: Pick<TrackedWithMinutes, "status">) => tracked.status === "passed" || tracked.status === "renewal_due";

export interface LoadedRecord {
  record: CareerRecord;
  /** Every project, in the user's order, for the choice of which to include. */
  allProjects: CareerProject[];
  profile: CareerProfile | null;
  selection: Selection;
}

/** The signed-in user's record, with the projects a document's query chose, ready for a builder. */
export async function loadCareerRecord(userId: string, query: URLSearchParams, today: IsoDate = japanToday()): Promise<LoadedRecord> {
  const [allProjects, profile, tracked, catalogue] = await Promise.all([listProjects(userId), getProfile(userId), listTracked(userId), getCertifications()]);
  const selection = parseSelection(query);
  const certifications: HeldCertification[] = tracked
    .filter(isHeld)
    .sort((a, b) => (a.resultDate ?? "9999").localeCompare(b.resultDate ?? "9999"))
    .map((item) => ({ name: catalogue.find((entry) => entry.slug === item.certificationSlug)?.name ?? item.certificationSlug, passedOn: item.resultDate }));
  return {
    record: { profile, projects: selectProjects(allProjects, selection), certifications, asOf: today, certificationNames },
    allProjects,
    profile,
    selection,
  };
}

/** The PMP experience the user's record adds up to, for the eligibility check. */
export async function loadPmpExperience(userId: string, today: IsoDate = japanToday()) {
  return pmpExperience(await listProjects(userId), today);
}
