import { z } from "zod";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");

/** A source must be the page a fact is on, not a site's home page (https://example.org/). */
export function isExactPage(url: string): boolean {
  const parsed = new URL(url);
  return parsed.pathname.replace(/\/+$/, "") !== "" || parsed.search !== "";
}

/** One page that states some of a page's facts, with the day it was read. */
export const sourceSchema = z
  .object({
    label: z.string().min(2),
    url: z.url().refine(isExactPage, { message: "must link to the exact page, not a home page" }),
    checked: isoDate,
    facts: z.array(z.string()).min(1),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** A fact the issuer's own page did not confirm on the day checked: shown on the page as unverified, never guessed. */
export const unverifiedFactSchema = z.object({ fact: z.string().min(2), note: z.string().min(10), checked: isoDate }).strict();
export type UnverifiedFact = z.infer<typeof unverifiedFactSchema>;

/** True when `checked` is more than `months` before `today` (both YYYY-MM-DD). */
export function isStale(checked: string, today: string, months = 12): boolean {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return new Date(`${checked}T00:00:00Z`) < limit;
}
