import { pmpRenewalRule } from "./pmp";
import type { RenewalRule } from "./types";

const rules: RenewalRule[] = [pmpRenewalRule];

/** The renewal rule kept for a catalogue certification, or null when we have none. */
export function renewalRuleFor(slug: string): RenewalRule | null {
  return rules.find((rule) => rule.certificationSlug === slug) ?? null;
}
