import { describe, expect, it } from "vitest";
import { describeFilter } from "@/lib/listings/search/filter-labels";
import { activeFilterNames, listingFiltersToQuery, minAnnualYen, parseListingFilters, rawParamsFromQuery, withoutFilter } from "@/lib/listings/search/filters";

describe("parseListingFilters", () => {
  it("reads every filter from a URL", () => {
    const filters = parseListingFilters({
      q: " 金融 ",
      employment: ["freelance", "side-job"],
      pmoType: "management",
      level: "lead",
      industry: ["finance", "insurance"],
      workStyle: "full-remote",
      prefecture: "東京都",
      minPay: "80",
      payBasis: "monthly",
      maxDays: "3",
      skill: "SAP",
      postedWithin: "30",
      includeClosed: "1",
      sort: "pay",
      page: "4",
    });
    expect(filters).toEqual({
      q: "金融",
      employment: ["freelance", "side-job"],
      pmoType: ["management"],
      level: ["lead"],
      industry: ["finance", "insurance"],
      workStyle: ["full-remote"],
      prefecture: ["東京都"],
      minPay: 80,
      payBasis: "monthly",
      maxDays: 3,
      skill: "SAP",
      postedWithin: 30,
      includeClosed: true,
      sort: "pay",
      page: 4,
    });
    expect(minAnnualYen(filters)).toBe(80 * 10_000 * 12);
  });

  it("has sensible defaults for an empty URL", () => {
    const filters = parseListingFilters({});
    expect(filters).toMatchObject({ q: "", employment: [], minPay: null, maxDays: null, includeClosed: false, sort: "newest", page: 1 });
    expect(activeFilterNames(filters)).toEqual([]);
    expect(listingFiltersToQuery(filters)).toBe("");
  });

  it.each([
    ["unknown vocabulary", { employment: ["boss", "full-time'; drop table listings;--"] }, { employment: [] }],
    ["an unknown prefecture", { prefecture: "東京" }, { prefecture: [] }],
    ["a negative or huge page", { page: "-3" }, { page: 1 }],
    ["a page past the limit", { page: "51" }, { page: 1 }],
    ["a non-numeric minimum pay", { minPay: "1e9" }, { minPay: null }],
    ["days out of range", { maxDays: "7" }, { maxDays: null }],
    ["an odd postedWithin", { postedWithin: "13" }, { postedWithin: null }],
    ["an unknown sort", { sort: "random()" }, { sort: "newest" }],
    ["control characters and a huge keyword", { q: `\u0000金融\u0007${"あ".repeat(500)}` }, { q: `金融${"あ".repeat(98)}` }],
    ["full-width digits", { minPay: "８０" }, { minPay: 80 }],
  ])("ignores %s without failing", (_, params, expected) => {
    expect(parseListingFilters(params)).toMatchObject(expected);
  });

  it("takes the first value when a single-value filter is repeated", () => {
    expect(parseListingFilters({ sort: ["pay", "newest"], maxDays: ["2", "5"] })).toMatchObject({ sort: "pay", maxDays: 2 });
  });
});

describe("query round trip", () => {
  it("serialises to a canonical query that parses back to the same filters", () => {
    const filters = parseListingFilters({ q: "議事録", industry: ["insurance", "finance"], minPay: "600", maxDays: "3", sort: "pay", page: "2" });
    const query = listingFiltersToQuery(filters);
    expect(query).toBe("q=%E8%AD%B0%E4%BA%8B%E9%8C%B2&industry=finance&industry=insurance&minPay=600&maxDays=3&sort=pay&page=2");
    expect(parseListingFilters(rawParamsFromQuery(query))).toEqual(filters);
  });

  it("describes and removes one filter at a time, back to page 1", () => {
    const filters = parseListingFilters({ q: "金融", workStyle: "full-remote", maxDays: "3", page: "5" });
    expect(activeFilterNames(filters)).toEqual(["q", "workStyle", "maxDays"]);
    expect(activeFilterNames(filters).map((name) => describeFilter(filters, name))).toEqual(["キーワード「金融」", "フルリモート", "週3日以下"]);
    expect(withoutFilter(filters, "workStyle")).toMatchObject({ workStyle: [], q: "金融", maxDays: 3, page: 1 });
  });
});
