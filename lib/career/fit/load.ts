import "server-only";
import { japanToday, type IsoDate } from "@/lib/calendar/japan-date";
import { getCertifications } from "@/lib/certifications/catalogue";
import { listTracked } from "@/lib/certifications/tracking/queries";
import { certificationNames, type CertificationSlug } from "@/lib/certifications/slugs";
import { listProjects } from "../queries";
import { listingFit, type FitItem, type FitRecord } from "./match";
import { getListingAsks, listOpenMilestones } from "./queries";

/** Names a listing may use for each catalogue certification. */
async function namesBySlug(): Promise<Record<string, string[]>> {
  const catalogue = await getCertifications();
  return Object.fromEntries(
    Object.entries(certificationNames).map(([slug, name]) => {
      const entry = catalogue.find((item) => item.slug === slug);
      return [slug, [name, ...(entry ? [entry.shortName, entry.name] : [])]];
    }),
  );
}

export interface ListingFitResult {
  listing: { id: string; title: string };
  items: FitItem[];
  /** Whether there is anything in the record to compare with. */
  hasRecord: boolean;
}

/** The signed-in user's fit with one listing; null when the listing does not exist. */
export async function loadListingFit(userId: string, listingId: string, today: IsoDate = japanToday()): Promise<ListingFitResult | null> {
  const listing = await getListingAsks(listingId);
  if (!listing) return null;
  const [projects, tracked, milestones, names] = await Promise.all([listProjects(userId), listTracked(userId), listOpenMilestones(userId), namesBySlug()]);
  const record: FitRecord = { projects, tracked, milestones, certificationNames: names };
  return {
    listing: { id: listing.id, title: listing.title },
    items: listingFit(listing, record, today),
    hasRecord: projects.length > 0 || tracked.length > 0 || milestones.length > 0,
  };
}

/** The catalogue slug a listing's certification name stands for, if any (the first match). */
export async function certificationSlugFor(name: string): Promise<CertificationSlug | null> {
  const names = await namesBySlug();
  const item = listingFit({ requiredSkills: [], preferredSkills: [], certifications: [name] }, { projects: [], tracked: [], milestones: [], certificationNames: names }, japanToday())[0];
  const slug = item?.certificationSlug;
  return slug && slug in certificationNames ? (slug as CertificationSlug) : null;
}
