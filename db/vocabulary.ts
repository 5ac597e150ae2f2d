// The stored keys of every column that holds a controlled vocabulary. Tables type their columns with
// them; each domain's vocabulary.ts (lib/<domain>/vocabulary.ts) gives the keys their Japanese labels
// and is checked against these lists. Plain data with no imports: db/ is the bottom layer.

// Listings
export const employmentTypeKeys = ["full-time", "contract", "freelance", "side-job"] as const;
export type EmploymentType = (typeof employmentTypeKeys)[number];
export const listingLevelKeys = ["assistant", "member", "lead", "manager"] as const;
export type ListingLevel = (typeof listingLevelKeys)[number];
export const workStyleKeys = ["full-remote", "hybrid", "onsite"] as const;
export type WorkStyle = (typeof workStyleKeys)[number];
export const payUnitKeys = ["annual", "monthly"] as const;
export type PayUnit = (typeof payUnitKeys)[number];
export const industryKeys = ["it", "finance", "insurance", "manufacturing", "retail", "public", "healthcare", "consulting", "energy", "logistics"] as const;
export type Industry = (typeof industryKeys)[number];

/** The five PMO types (lib/pmo-types/data.ts): listings and self-check results name one. */
export const pmoTypeSlugs = ["support", "management", "strategy", "corporate", "third-party"] as const;
export type PmoTypeSlug = (typeof pmoTypeSlugs)[number];

// Bookmarks: where a saved listing stands in the user's application.
export const bookmarkStatusKeys = ["saved", "planning", "applied", "interviewing", "offered", "declined"] as const;
export type BookmarkStatus = (typeof bookmarkStatusKeys)[number];

// Plans
export const milestoneKindKeys = ["skill", "certification", "experience", "application", "other"] as const;
export type MilestoneKind = (typeof milestoneKindKeys)[number];
export const milestoneStatusKeys = ["todo", "doing", "done"] as const;
export type MilestoneStatus = (typeof milestoneStatusKeys)[number];

// Certification tracking
export const trackingStatusKeys = ["interested", "studying", "scheduled", "passed", "failed", "renewal_due"] as const;
export type TrackingStatus = (typeof trackingStatusKeys)[number];
export const pduCategoryKeys = ["ways_of_working", "power_skills", "business_acumen", "giving_back"] as const;
export type PduCategory = (typeof pduCategoryKeys)[number];

// Career record (lib/career/vocabulary.ts labels them).
export const careerPhaseKeys = ["planning", "requirements", "design", "build", "test", "migration", "operation"] as const;
export type CareerPhase = (typeof careerPhaseKeys)[number];
export const budgetBandKeys = ["under-10m", "10m-50m", "50m-100m", "100m-500m", "500m-1b", "1b-plus"] as const;
export type BudgetBand = (typeof budgetBandKeys)[number];
export const careerEmploymentTypeKeys = ["full-time", "contract", "dispatch", "freelance", "side-job"] as const;
export type CareerEmploymentType = (typeof careerEmploymentTypeKeys)[number];
