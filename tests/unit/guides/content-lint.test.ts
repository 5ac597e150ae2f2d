import { describe, expect, it } from "vitest";
import { brokenInternalLinks, figuresWithoutSource } from "@/lib/guides/content-lint";

describe("figuresWithoutSource", () => {
  it("flags a yen amount or a percentage with no source in its block", () => {
    const markdown = ["平均年収は約519万円です。", "", "離職率は12%とされています。", "", "単価は¥800,000前後。"].join("\n");
    expect(figuresWithoutSource(markdown)).toHaveLength(3);
  });

  it("accepts a figure whose paragraph, list or table names its source", () => {
    const markdown = [
      "平均年収は約519万円です（出典：レバテックキャリア、2025年）。",
      "",
      "| 区分 | 年収 |",
      "|---|---|",
      "| PMO | 519万円 |",
      "出典：レバテックキャリア",
      "",
      "- 控除は最大65万円（出典：国税庁）",
    ].join("\n");
    expect(figuresWithoutSource(markdown)).toEqual([]);
  });

  it("does not mistake words containing 円 or plain numbers for figures", () => {
    expect(figuresWithoutSource("会議を円滑に進める。\n\n8社のベンダーと3か月。")).toEqual([]);
  });

  it("counts a source only in the same block", () => {
    expect(figuresWithoutSource("年収は600万円です。\n\n出典：どこか")).toHaveLength(1);
  });
});

describe("brokenInternalLinks", () => {
  const guides = [
    { slug: "what-is-pmo", headingIds: ["pmoとは"] },
    { slug: "pmo-types", headingIds: ["支援型pmo"] },
  ];
  const self = guides[0]!;

  it("accepts existing guides, headings, site pages and external links", () => {
    expect(
      brokenInternalLinks(["/guides/pmo-types", `/guides/pmo-types#${encodeURIComponent("支援型pmo")}`, "#pmoとは", "/self-check", "https://example.com"], self, guides, ["/self-check"]),
    ).toEqual([]);
  });

  it("reports unknown guides, unknown pages and missing headings", () => {
    expect(brokenInternalLinks(["/guides/nope", "/paths/pmo-to-pm", "/guides/pmo-types#nothing", "#missing"], self, guides, [])).toEqual([
      "/guides/nope",
      "/paths/pmo-to-pm",
      "/guides/pmo-types#nothing",
      "#missing",
    ]);
  });
});
