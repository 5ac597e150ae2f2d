import { describe, expect, it } from "vitest";
import { suggestGuides, type GuideSummary } from "@/lib/dashboard/suggest-guides";

const guide = (slug: string, overrides: Partial<GuideSummary> = {}): GuideSummary => ({
  slug,
  title: slug,
  description: "",
  pmoTypes: [],
  certifications: [],
  paths: [],
  featured: false,
  ...overrides,
});

const guides = [
  guide("newest"),
  guide("featured", { featured: true }),
  guide("strategy", { pmoTypes: ["strategy"] as GuideSummary["pmoTypes"] }),
  guide("pmp", { certifications: ["pmp"] as GuideSummary["certifications"] }),
];

describe("suggestGuides", () => {
  it("puts guides about the user's type and certifications first", () => {
    const picked = suggestGuides(guides, { bestType: "strategy", pathSlugs: [], certificationSlugs: ["pmp"], readSlugs: [] });
    expect(picked.map((entry) => entry.slug)).toEqual(["strategy", "pmp", "featured"]);
  });

  it("leaves out guides already read, and falls back to featured then newest", () => {
    const picked = suggestGuides(guides, { bestType: null, pathSlugs: [], certificationSlugs: [], readSlugs: ["featured"] }, 2);
    expect(picked.map((entry) => entry.slug)).toEqual(["newest", "strategy"]);
  });
});
