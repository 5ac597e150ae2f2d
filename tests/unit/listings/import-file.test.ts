import { describe, expect, it } from "vitest";
import { detectFormat, validateImportFile } from "@/lib/listings/import-file";

const header =
  "external_id,title,company,description,employment_type,pmo_type,level,industry,work_style,prefecture,pay_unit,pay_min,pay_max,days_per_week,required_skills,preferred_skills,certifications,posted_on,closes_on,status";
const good = (id: string) =>
  `${id},大手銀行の勘定系更改PMO,株式会社テスト,大手銀行の勘定系システム更改で進捗と課題の管理を担当するPMOです。,フリーランス,管理型PMO,member,finance,full-remote,東京都,monthly,800000,950000,3,PMO経験|Excel,JIRA,PMP,2026-11-01,,open`;

describe("validateImportFile", () => {
  it("accepts Japanese labels or stored keys and splits | lists", () => {
    const result = validateImportFile(`${header}\n${good("a-1")}\n`, "csv");
    expect(result.rejected).toEqual([]);
    expect(result.valid[0]?.listing).toMatchObject({
      employment_type: "freelance",
      pmo_type: "management",
      required_skills: ["PMO経験", "Excel"],
      closes_on: null,
      status: true,
    });
  });

  it("reports each bad row with its number, field and a Japanese reason", () => {
    const rows = [
      good("a-1"),
      good("a-2").replace(",東京都,", ",東京,"),
      good("a-3").replace(",800000,950000,", ",950000,800000,"),
      good("a-4").replace(",3,PMO経験", ",7,PMO経験"),
      good("a-5").replace("2026-11-01", "2026-02-30"),
      good("a-1"),
    ];
    const result = validateImportFile(`${header}\n${rows.join("\n")}`, "csv");
    expect(result.valid.map((row) => row.row)).toEqual([1]);
    expect(result.rejected).toEqual([
      { row: 2, externalId: "a-2", field: "prefecture", reason: "都道府県は「東京都」のように正式名で入力してください" },
      { row: 3, externalId: "a-3", field: "pay_max", reason: "報酬の上限が下限より小さくなっています" },
      { row: 4, externalId: "a-4", field: "days_per_week", reason: "週の稼働日数は1〜5にしてください" },
      { row: 5, externalId: "a-5", field: "posted_on", reason: "掲載日が存在しない日付です" },
      { row: 6, externalId: "a-1", field: "external_id", reason: "1行目と同じexternal_idです" },
    ]);
  });

  it("refuses a file that is not CSV or JSON as a whole", () => {
    expect(validateImportFile('{"listings": 3}', "json").fileError).toContain("listings");
    expect(validateImportFile("{oops", "json").fileError).toContain("JSON");
    expect(validateImportFile(`${header}\n"unterminated`, "csv").fileError).toContain("CSV");
    expect(validateImportFile(`${header}\n`, "csv").fileError).toBe("取り込む行がありません。");
  });

  it("reads JSON arrays and tells CSV from JSON", () => {
    const json = JSON.stringify([{ external_id: "x" }]);
    expect(validateImportFile(json, "json").rejected[0]).toMatchObject({ row: 1, externalId: "x", field: "title" });
    expect(detectFormat("data.CSV", "[")).toBe("csv");
    expect(detectFormat("upload", "\uFEFF[{}]")).toBe("json");
  });
});
