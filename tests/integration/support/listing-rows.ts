import type { ListingImportRow } from "@/lib/listings/schema";

/** A valid import row; tests override only what they are about. */
export function listingRow(id: string, overrides: Partial<ListingImportRow> = {}): ListingImportRow {
  return {
    external_id: id,
    title: "基幹システム刷新のPMO",
    company: "株式会社テストシステムズ",
    description: "基幹システム刷新プロジェクトで進捗管理と課題管理を担当していただくPMOの募集です。",
    employment_type: "full-time",
    pmo_type: "support",
    level: "member",
    industry: "it",
    work_style: "hybrid",
    prefecture: "東京都",
    pay_unit: "annual",
    pay_min: 5_000_000,
    pay_max: 6_000_000,
    days_per_week: 5,
    required_skills: ["Excel"],
    preferred_skills: [],
    certifications: [],
    posted_on: "2026-11-01",
    closes_on: null,
    status: "open",
    ...overrides,
  };
}

export const asJson = (rows: ListingImportRow[]) => JSON.stringify({ listings: rows });
