import { beforeAll, describe, expect, it } from "vitest";
import { getGuides, type Guide } from "@/lib/guides/content";
import { searchGuides } from "@/lib/guides/search";
import { normalizeForSearch, searchTerms } from "@/lib/listings/search/japanese";

let guides: Guide[];
beforeAll(async () => {
  guides = await getGuides();
});

describe("search normalisation", () => {
  it("folds full-width, case and katakana so any spelling matches", () => {
    expect(normalizeForSearch("ＰＭＯ　ｗｂｓ")).toBe("pmo wbs");
    expect(normalizeForSearch("ギジロク")).toBe("ぎじろく");
  });

  it("splits on spaces (half and full width) and Japanese commas, dropping repeats", () => {
    expect(searchTerms("年収　未経験、年収")).toEqual(["年収", "未経験"]);
    expect(searchTerms("   ")).toEqual([]);
  });
});

describe("searchGuides over the real guides", () => {
  it.each(["金融", "議事", "年収", "未経験", "WBS"])("finds guides for the short word %s", (word) => {
    const hits = searchGuides(guides, word);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const text = normalizeForSearch(`${hit.guide.title} ${hit.guide.description} ${hit.guide.tags.join(" ")} ${hit.guide.plainText}`);
      expect(text).toContain(normalizeForSearch(word));
    }
  });

  it("ranks the guide with the word in its title first", () => {
    expect(searchGuides(guides, "議事録")[0]?.guide.slug).toBe("pmo-meetings-minutes");
    expect(searchGuides(guides, "やめとけ")[0]?.guide.slug).toBe("pmo-yametoke");
  });

  it("requires every word of a multi-word query", () => {
    const both = searchGuides(guides, "議事録 テンプレート").map((hit) => hit.guide.slug);
    const one = searchGuides(guides, "議事録").map((hit) => hit.guide.slug);
    expect(both.length).toBeLessThanOrEqual(one.length);
    expect(both.every((slug) => one.includes(slug))).toBe(true);
  });

  it("finds katakana words typed in hiragana and full-width letters typed half-width", () => {
    expect(searchGuides(guides, "ふりーらんす").length).toBe(searchGuides(guides, "フリーランス").length);
    expect(searchGuides(guides, "ｐｍｐ").length).toBeGreaterThan(0);
  });

  it("returns nothing for nonsense", () => {
    expect(searchGuides(guides, "ぬぽぽぽんzzq")).toEqual([]);
    expect(searchGuides(guides, "")).toEqual([]);
  });
});
