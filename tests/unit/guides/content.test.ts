import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getGuides, type Guide } from "@/lib/guides/content";
import { brokenInternalLinks, figuresWithoutSource } from "@/lib/guides/content-lint";
import matter from "gray-matter";
import { certificationSlugs } from "@/lib/certifications/slugs";
import { pathSlugs } from "@/lib/paths/slugs";

// The pages a guide may link to besides other guides: the fixed ones, and each career path and certification page.
const sitePages = [
  "/", "/guides", "/pmo-types", "/self-check", "/paths", "/certifications", "/listings",
  ...pathSlugs.map((slug) => `/paths/${slug}`),
  ...certificationSlugs.map((slug) => `/certifications/${slug}`),
];
const requiredSlugs = [
  "what-is-pmo", "pmo-duties", "pmo-types", "pmo-aptitude", "pmo-yametoke", "pmo-outlook-salary", "pmo-without-experience",
  "engineer-to-pmo", "pmo-career-paths", "pmo-certifications", "pmo-skill-up", "pmo-day-and-work-life",
  "pmo-freelance-side-job", "pmo-meetings-minutes", "pmo-tools-templates",
];

let guides: Guide[];
beforeAll(async () => {
  guides = await getGuides();
});

describe("guide content", () => {
  it("has every required guide, each with valid front matter", () => {
    expect(guides.map((guide) => guide.slug).sort()).toEqual(expect.arrayContaining(requiredSlugs));
    expect(guides.length).toBeGreaterThanOrEqual(15);
  });

  it("gives every guide at least 2,500 characters of body text and a table of contents", () => {
    for (const guide of guides) {
      expect(guide.plainText.replace(/\s/g, "").length, guide.slug).toBeGreaterThanOrEqual(2500);
      expect(guide.toc.filter((entry) => entry.depth === 2).length, guide.slug).toBeGreaterThanOrEqual(3);
    }
  });

  it("links only to pages and headings that exist", () => {
    const targets = guides.map((guide) => ({ slug: guide.slug, headingIds: guide.toc.map((entry) => entry.id) }));
    for (const guide of guides) {
      const self = targets.find((target) => target.slug === guide.slug)!;
      expect(brokenInternalLinks(guide.links, self, targets, sitePages), guide.slug).toEqual([]);
      expect(guide.links.filter((href) => href.startsWith("/guides/")).length, `${guide.slug} links to other guides`).toBeGreaterThanOrEqual(3);
    }
  });

  it("relates each guide only to guides that exist, never to itself", () => {
    const slugs = new Set(guides.map((guide) => guide.slug));
    for (const guide of guides) {
      for (const related of guide.related) {
        expect(slugs.has(related), `${guide.slug} → ${related}`).toBe(true);
        expect(related).not.toBe(guide.slug);
      }
    }
  });

  it("names a source in every block that states a yen amount or a percentage", () => {
    const directory = path.join(process.cwd(), "content", "guides");
    for (const file of fs.readdirSync(directory).filter((name) => name.endsWith(".md"))) {
      const { content } = matter(fs.readFileSync(path.join(directory, file), "utf8"));
      expect(figuresWithoutSource(content), file).toEqual([]);
    }
  });

  const seedOverlap = path.join(process.cwd(), "..", "shared", "tools", "seed-overlap");
  it.runIf(fs.existsSync(seedOverlap))("repeats no sentence of the seed articles", () => {
    // The tool walks directories (a file argument is not read): every folder users read text from.
    const output = execFileSync(seedOverlap, ["content", "app", "lib"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    expect(output).toBe("");
  });
});
