import type { Listing } from "@/db/schema";
import { absoluteUrl } from "@/lib/site/config";

const employmentTypeLd = { "full-time": "FULL_TIME", contract: "TEMPORARY", freelance: "CONTRACTOR", "side-job": "PART_TIME" } as const;

/**
 * Whether search engines should see a listing: open, and real. Sample listings are fictional, and
 * postings for jobs that do not exist are spam to a search engine: no JobPosting, noindex, no sitemap.
 */
export function isIndexableListing(listing: Pick<Listing, "isOpen" | "isSample">): boolean {
  return listing.isOpen && !listing.isSample;
}

/** schema.org JobPosting, as search engines read job listings. */
export function jobPostingLd(listing: Listing) {
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: listing.title,
    description: listing.description,
    identifier: { "@type": "PropertyValue", name: listing.source, value: listing.externalId },
    datePosted: listing.postedOn,
    ...(listing.closesOn ? { validThrough: `${listing.closesOn}T23:59:59+09:00` } : {}),
    employmentType: employmentTypeLd[listing.employmentType],
    hiringOrganization: { "@type": "Organization", name: listing.company },
    jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressRegion: listing.prefecture, addressCountry: "JP" } },
    ...(listing.workStyle === "full-remote" ? { jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "Country", name: "JP" } } : {}),
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: "JPY",
      value: { "@type": "QuantitativeValue", minValue: listing.payMin, maxValue: listing.payMax, unitText: listing.payUnit === "annual" ? "YEAR" : "MONTH" },
    },
    url: absoluteUrl(`/listings/${listing.id}`),
  };
}
