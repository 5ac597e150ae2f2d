import { describe, expect, it } from "vitest";
import { listingImportRowSchema } from "@/lib/listings/schema";
import { generateListingRows } from "@/scripts/sample-listings/generator";
import { employmentTypes, industries, keysOf, listingLevels, workStyles } from "@/lib/listings/vocabulary";
import { pmoTypeSlugs } from "@/lib/pmo-types/data";

const rows = generateListingRows(2_000, { seed: 42 });

describe("sample listing generator", () => {
  it("produces rows that all pass the import schema", () => {
    for (const row of rows) {
      const result = listingImportRowSchema.safeParse(row);
      expect(result.success, `${row.external_id}: ${result.error?.message ?? ""}`).toBe(true);
    }
  });

  it("keeps descriptions between 100 and 300 characters and pay/days consistent with the employment type", () => {
    for (const row of rows) {
      expect(row.description.length, row.external_id).toBeGreaterThanOrEqual(100);
      expect(row.description.length, row.external_id).toBeLessThanOrEqual(300);
      expect(row.pay_min as number, row.external_id).toBeLessThan(row.pay_max as number);
      const annual = row.employment_type === "full-time" || row.employment_type === "contract";
      expect(row.pay_unit).toBe(annual ? "annual" : "monthly");
      if (annual) expect(row.days_per_week).toBe(5);
      if (row.employment_type === "side-job") expect(row.days_per_week as number).toBeLessThanOrEqual(3);
    }
  });

  it("is deterministic per seed", () => {
    expect(generateListingRows(50, { seed: 7 })).toEqual(generateListingRows(50, { seed: 7 }));
    expect(generateListingRows(50, { seed: 8 })).not.toEqual(generateListingRows(50, { seed: 7 }));
  });

  it("gives unique, prefixed external ids", () => {
    expect(new Set(rows.map((row) => row.external_id)).size).toBe(rows.length);
    expect(generateListingRows(3, { idPrefix: "bench" }).map((row) => row.external_id)).toEqual(["bench-0001", "bench-0002", "bench-0003"]);
  });

  it("covers every vocabulary value within 500 rows", () => {
    const sample = rows.slice(0, 500);
    const seen = (field: "employment_type" | "pmo_type" | "level" | "industry" | "work_style") => new Set(sample.map((row) => row[field]));
    expect(seen("employment_type")).toEqual(new Set(keysOf(employmentTypes)));
    expect(seen("pmo_type")).toEqual(new Set(pmoTypeSlugs));
    expect(seen("level")).toEqual(new Set(keysOf(listingLevels)));
    expect(seen("industry")).toEqual(new Set(keysOf(industries)));
    expect(seen("work_style")).toEqual(new Set(keysOf(workStyles)));
  });

  it("puts the industry's search word in the text", () => {
    const words: Record<string, RegExp> = { finance: /金融|銀行|証券/, manufacturing: /製造/, insurance: /保険/ };
    for (const row of rows) {
      const pattern = words[row.industry as string];
      if (pattern) expect(`${row.title}\n${row.description}`, row.external_id).toMatch(pattern);
    }
  });

  it("dates posted_on within 120 days before today and mostly closes past deadlines", () => {
    const today = "2026-11-20";
    for (const row of rows) {
      expect(row.posted_on <= today && row.posted_on >= "2026-07-23", row.external_id).toBe(true);
      if (row.status === "open" && row.closes_on) expect(row.closes_on >= today, row.external_id).toBe(true);
    }
    const closed = rows.filter((row) => row.status === "closed").length / rows.length;
    const noDeadline = rows.filter((row) => row.closes_on === null).length / rows.length;
    expect(closed).toBeGreaterThan(0.05);
    expect(closed).toBeLessThan(0.15);
    expect(noDeadline).toBeGreaterThan(0.3);
    expect(noDeadline).toBeLessThan(0.5);
  });

  it("generates 100,000 rows in under 5 seconds", () => {
    const started = performance.now();
    const many = generateListingRows(100_000, { seed: 1, idPrefix: "bench" });
    const elapsed = performance.now() - started;
    expect(many).toHaveLength(100_000);
    expect(many.at(-1)?.external_id).toBe("bench-100000");
    expect(elapsed).toBeLessThan(5_000);
  });
});
