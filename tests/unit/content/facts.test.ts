import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { getCertifications } from "@/lib/certifications/catalogue";
import { isExactPage, isStale } from "@/lib/content/sources";
import { getCareerPaths } from "@/lib/paths/catalogue";
import { citedPayFigureIds, getPayFigure, payFigures, payFigureText } from "@/lib/pay/figures";

const markdownFiles = (folder: string) =>
  fs
    .readdirSync(path.join(process.cwd(), "content", folder))
    .filter((name) => name.endsWith(".md"))
    .map((name) => ({ name: `${folder}/${name}`, text: fs.readFileSync(path.join(process.cwd(), "content", folder, name), "utf8") }));

describe("facts a reader acts on", () => {
  it("gives every certification and path sources on exact pages, each with a checked date", async () => {
    const items = [...(await getCertifications()), ...(await getCareerPaths())];
    for (const item of items) {
      expect(item.sources.length, item.slug).toBeGreaterThan(0);
      for (const source of item.sources) {
        expect(isExactPage(source.url), `${item.slug}: ${source.url}`).toBe(true);
        expect(source.checked, item.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("tells a bare home page from an exact page", () => {
    expect(isExactPage("https://www.ipa.go.jp/")).toBe(false);
    expect(isExactPage("https://www.npmo.org")).toBe(false);
    expect(isExactPage("https://shikakuhacker.net/?p=31372")).toBe(true);
    expect(isExactPage("https://pmaj.or.jp/p2m/exam/pms/top.html")).toBe(true);
  });

  it("counts a fact as stale only after 12 months", () => {
    expect(isStale("2025-12-01", "2026-12-01")).toBe(false);
    expect(isStale("2025-11-30", "2026-12-01")).toBe(true);
  });

  it("resolves every pay figure a guide or path cites to content/data/pay.json", () => {
    const cited = [...markdownFiles("guides"), ...markdownFiles("paths")].flatMap((file) => citedPayFigureIds(file.text).map((id) => ({ file: file.name, id })));
    expect(cited.length).toBeGreaterThan(0);
    for (const { file, id } of cited) expect(getPayFigure(id), `${file} → ${id}`).not.toBeNull();
    for (const careerPath of markdownFiles("paths")) {
      for (const id of (matter(careerPath.text).data.pay as string[] | undefined) ?? []) expect(getPayFigure(id), `${careerPath.name} → ${id}`).not.toBeNull();
    }
  });

  it("writes no pay figure outside the data file and never cites the sample listings as the market", () => {
    for (const file of [...markdownFiles("guides"), ...markdownFiles("paths")]) {
      const { content } = matter(file.text);
      // Tax thresholds and the like may state yen; pay (年収, 単価, 月額) may not.
      expect(content, file.name).not.toMatch(/(年収|単価|月額|報酬)[^。\n]{0,20}[0-9０-９]+万円/);
      expect(content, file.name).not.toMatch(/案件一覧で確認するのが確実/);
    }
  });

  it("prints an unverified figure as unverified, never as a number", () => {
    for (const figure of payFigures.filter((item) => item.status === "unverified")) {
      expect(payFigureText(figure)).toMatch(/^未確認：/);
      expect(payFigureText(figure)).not.toMatch(/[0-9]+万/);
    }
  });
});
