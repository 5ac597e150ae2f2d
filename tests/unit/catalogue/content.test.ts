import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { getCertifications } from "@/lib/certifications/catalogue";
import { getGuides } from "@/lib/guides/content";
import { figuresWithoutSource } from "@/lib/guides/content-lint";
import { certificationSlugs } from "@/lib/certifications/slugs";
import { pathSlugs } from "@/lib/paths/slugs";
import { getCareerPaths } from "@/lib/paths/catalogue";

describe("certification catalogue and career paths", () => {
  it("has a page for every certification and path a guide may point at", async () => {
    expect((await getCertifications()).map((item) => item.slug).sort()).toEqual([...certificationSlugs].sort());
    expect((await getCareerPaths()).map((item) => item.slug).sort()).toEqual([...pathSlugs].sort());
  });

  it("relates paths only to guides that exist and gives each path 3 to 5 dated stages", async () => {
    const guides = new Set((await getGuides()).map((guide) => guide.slug));
    for (const careerPath of await getCareerPaths()) {
      for (const slug of careerPath.relatedGuides) expect(guides.has(slug), `${careerPath.slug} → ${slug}`).toBe(true);
      expect(careerPath.stages.length, careerPath.slug).toBeGreaterThanOrEqual(3);
      expect(careerPath.stages.length, careerPath.slug).toBeLessThanOrEqual(5);
    }
  });

  it("names its sources and the date each was checked for every certification", async () => {
    for (const certification of await getCertifications()) {
      expect(certification.sources.length, certification.slug).toBeGreaterThan(0);
      for (const source of certification.sources) expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each(["certifications", "paths"])("names a source in every block of content/%s that states a yen amount or a percentage", (folder) => {
    const directory = path.join(process.cwd(), "content", folder);
    for (const file of fs.readdirSync(directory).filter((name) => name.endsWith(".md"))) {
      const { content } = matter(fs.readFileSync(path.join(directory, file), "utf8"));
      expect(figuresWithoutSource(content), file).toEqual([]);
    }
  });
});
