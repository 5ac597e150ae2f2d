import { describe, expect, it } from "vitest";
import { isIndexableListing } from "@/lib/listings/job-posting-ld";

describe("which listings search engines see", () => {
  it("shows open listings an operator imported", () => {
    expect(isIndexableListing({ isOpen: true, isSample: false })).toBe(true);
  });

  it("hides sample listings, open or not, and closed ones", () => {
    expect(isIndexableListing({ isOpen: true, isSample: true })).toBe(false);
    expect(isIndexableListing({ isOpen: false, isSample: true })).toBe(false);
    expect(isIndexableListing({ isOpen: false, isSample: false })).toBe(false);
  });
});
