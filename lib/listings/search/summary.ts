import { sql } from "drizzle-orm";
import { listings, type Listing } from "@/db/schema";

/** What a result list shows of each listing. */
export const summaryColumns = {
  id: listings.id,
  title: listings.title,
  company: listings.company,
  excerpt: sql<string>`left(${listings.description}, 110)`,
  employmentType: listings.employmentType,
  pmoType: listings.pmoType,
  level: listings.level,
  industry: listings.industry,
  workStyle: listings.workStyle,
  prefecture: listings.prefecture,
  payUnit: listings.payUnit,
  payMin: listings.payMin,
  payMax: listings.payMax,
  daysPerWeek: listings.daysPerWeek,
  postedOn: listings.postedOn,
  closesOn: listings.closesOn,
  isOpen: listings.isOpen,
  isSample: listings.isSample,
};

export type ListingSummary = { [K in keyof typeof summaryColumns]: K extends "excerpt" ? string : Listing[K & keyof Listing] };
