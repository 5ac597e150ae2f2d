import type { IsoDate } from "@/lib/calendar/japan-date";

/** A limit on the units earned in one or more categories during a cycle. */
export interface CategoryLimit {
  id: string;
  /** What the user reads, e.g. "Education（3分野の合計）". */
  label: string;
  categories: string[];
  /** At least this many units must come from these categories. */
  min?: number;
  /** Units beyond this do not count toward the total. */
  max?: number;
}

/**
 * One issuer's renewal requirement, kept as data so another issuer's rules
 * (P2M points, ITIL's credits…) are added as a new file, not new code.
 */
export interface RenewalRule {
  certificationSlug: string;
  /** "PDU", "ポイント" … */
  unit: string;
  /** Entries are claimed in multiples of this (PMI: a quarter of a PDU). */
  unitStep: number;
  /** The cycle starts on the pass date and lasts this many months. */
  cycleMonths: number;
  total: number;
  categories: Record<string, string>;
  limits: CategoryLimit[];
  source: { label: string; url: string; checked: IsoDate };
  /** What we could not confirm; shown next to the result. */
  uncertainties: string[];
}
