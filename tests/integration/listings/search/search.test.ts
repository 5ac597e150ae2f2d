import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { parseListingFilters, type RawParams } from "@/lib/listings/search/filters";
import { importListingFile } from "@/lib/listings/importer";
import { searchListings } from "@/lib/listings/search/queries";
import { createTestDatabase, drivers, type TestDatabase } from "../../support/databases";
import { asJson, listingRow } from "../../support/listing-rows";

const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
const daysAgo = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

// Each row differs from the baseline in one or two fields, so every filter has an exact answer.
const rows = [
  listingRow("bank", { title: "メガバンク勘定系更改のPMO", description: "金融機関の勘定系システム更改で課題管理と議事録作成を担当します。", industry: "finance", posted_on: daysAgo(2) }),
  listingRow("factory", { title: "工場の生産管理システム導入PMO", description: "製造業の生産管理システム導入で進捗管理を担当します。", industry: "manufacturing", posted_on: daysAgo(20), required_skills: ["SAP導入経験"] }),
  listingRow("insure", { title: "損保の保険金支払システムPMO", description: "保険会社の支払システム刷新でリスク管理を担当します。", industry: "insurance", work_style: "full-remote", employment_type: "freelance", pay_unit: "monthly", pay_min: 800_000, pay_max: 1_000_000, days_per_week: 3, posted_on: daysAgo(40) }),
  listingRow("side", { title: "スタートアップの副業PMO", employment_type: "side-job", pay_unit: "monthly", pay_min: 200_000, pay_max: 300_000, days_per_week: 2, work_style: "full-remote", prefecture: "大阪府", posted_on: daysAgo(100) }),
  listingRow("lead", { title: "官公庁システムの第三者評価PMOリーダー", pmo_type: "third-party", level: "lead", industry: "public", certifications: ["PMP"], pay_min: 9_000_000, pay_max: 13_000_000, posted_on: daysAgo(5) }),
  listingRow("closed", { title: "終了した金融PMO案件", description: "金融系の案件ですが募集は終了しました。募集終了の確認用です。", industry: "finance", status: "closed", posted_on: daysAgo(10) }),
  listingRow("wide", { title: "ＰＭＯアシスタント（未経験可）", level: "assistant", employment_type: "contract", pay_min: 3_500_000, pay_max: 4_200_000, posted_on: daysAgo(1), preferred_skills: ["JIRA"] }),
];

describe.each(drivers)("listing search on %s", (driver) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
    const report = await importListingFile(test.database.db, asJson(rows), { fileName: "fixture.json", source: "test" });
    expect(report.applied).toBe(true);
  });
  afterAll(() => test.drop());

  async function ids(params: RawParams) {
    const { rows: found, total, precision } = await searchListings(parseListingFilters(params));
    expect({ total, precision }).toEqual({ total: found.length, precision: "exact" });
    return found.map((row) => row.title).map((title) => rows.find((row) => row.title === title)!.external_id).sort();
  }

  it.each<[string, RawParams, string[]]>([
    ["no filter (open only)", {}, ["bank", "factory", "insure", "lead", "side", "wide"]],
    ["two-character keyword 金融", { q: "金融" }, ["bank"]],
    ["two-character keyword 製造", { q: "製造" }, ["factory"]],
    ["two-character keyword 保険", { q: "保険" }, ["insure"]],
    ["a skill word", { q: "sap" }, ["factory"]],
    ["full-width letters and katakana typed in hiragana", { q: "ｐｍｏあしすたんと" }, ["wide"]],
    ["one character", { q: "損" }, ["insure"]],
    ["two words, both required", { q: "課題 議事録" }, ["bank"]],
    ["LIKE wildcards are literal", { q: "%" }, []],
    ["employment type", { employment: ["freelance", "side-job"] }, ["insure", "side"]],
    ["PMO type", { pmoType: "third-party" }, ["lead"]],
    ["level", { level: "assistant" }, ["wide"]],
    ["industry", { industry: ["finance", "insurance"] }, ["bank", "insure"]],
    ["work style", { workStyle: "full-remote" }, ["insure", "side"]],
    ["prefecture", { prefecture: "大阪府" }, ["side"]],
    ["minimum yearly pay (top of range)", { minPay: "1000" }, ["insure", "lead"]],
    ["minimum monthly rate", { minPay: "90", payBasis: "monthly" }, ["insure", "lead"]],
    ["maximum days a week", { maxDays: "3" }, ["insure", "side"]],
    ["skill filter", { skill: "jira" }, ["wide"]],
    ["certification through the skill filter", { skill: "pmp" }, ["lead"]],
    ["posted within 7 days", { postedWithin: "7" }, ["bank", "lead", "wide"]],
    ["closed listings included", { q: "金融", includeClosed: "1" }, ["bank", "closed"]],
    ["keyword and filters together", { q: "PMO", workStyle: "full-remote", maxDays: "3", industry: "insurance" }, ["insure"]],
  ])("%s", async (_, params, expected) => {
    expect(await ids(params)).toEqual(expected);
  });

  it("sorts by newest and by pay, and pages", async () => {
    const newest = await searchListings(parseListingFilters({}));
    expect(newest.rows.map((row) => row.postedOn)).toEqual([...newest.rows.map((row) => row.postedOn)].sort().reverse());
    const byPay = await searchListings(parseListingFilters({ sort: "pay" }));
    expect(byPay.rows[0]?.title).toBe("官公庁システムの第三者評価PMOリーダー");
    const pastEnd = await searchListings(parseListingFilters({ page: "2" }));
    expect(pastEnd.rows).toEqual([]);
  });
});
