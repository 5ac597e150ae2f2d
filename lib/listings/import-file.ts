import { parse } from "csv-parse/sync";
import { listingImportRowSchema, type ValidListingRow } from "./schema";

export interface RejectedRow {
  /** 1-based data row (the CSV header is not counted). */
  row: number;
  externalId: string | null;
  field: string;
  reason: string;
}

export interface ValidatedFile {
  valid: { row: number; listing: ValidListingRow }[];
  rejected: RejectedRow[];
  /** A problem with the file as a whole (not CSV or JSON, no rows); nothing is imported. */
  fileError: string | null;
}

const MAX_IMPORT_ROWS = 20_000;

function readRows(content: string, format: "csv" | "json"): Record<string, unknown>[] | string {
  const text = content.replace(/^\uFEFF/, "");
  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return "JSONとして読み込めませんでした。ファイルの形式を確認してください。";
    }
    const rows = Array.isArray(data) ? data : (data as { listings?: unknown })?.listings;
    if (!Array.isArray(rows)) return "JSONは求人の配列、または { \"listings\": [...] } の形にしてください。";
    return rows.map((row) => (row && typeof row === "object" && !Array.isArray(row) ? (row as Record<string, unknown>) : {}));
  }
  try {
    return parse(text, { columns: (header: string[]) => header.map((name) => name.trim()), skip_empty_lines: true, trim: false, relax_column_count: false });
  } catch (error) {
    return `CSVとして読み込めませんでした（${error instanceof Error ? error.message.split("\n")[0] : "形式エラー"}）。`;
  }
}

export function detectFormat(fileName: string, content: string): "csv" | "json" {
  if (/\.json$/i.test(fileName)) return "json";
  if (/\.csv$/i.test(fileName)) return "csv";
  return /^\s*[[{]/.test(content.replace(/^\uFEFF/, "")) ? "json" : "csv";
}

/** Validates every row; a row's first problem is reported with its field, and duplicate ids within the file are refused. */
export function validateImportFile(content: string, format: "csv" | "json"): ValidatedFile {
  const rows = readRows(content, format);
  if (typeof rows === "string") return { valid: [], rejected: [], fileError: rows };
  if (rows.length === 0) return { valid: [], rejected: [], fileError: "取り込む行がありません。" };
  if (rows.length > MAX_IMPORT_ROWS) return { valid: [], rejected: [], fileError: `一度に取り込めるのは${MAX_IMPORT_ROWS.toLocaleString()}行までです。` };

  const valid: ValidatedFile["valid"] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, index) => {
    const row = index + 1;
    const externalId = typeof raw.external_id === "string" && raw.external_id.trim() ? raw.external_id.trim() : null;
    const parsed = listingImportRowSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      rejected.push({ row, externalId, field: String(issue.path[0] ?? "-"), reason: issue.message });
      return;
    }
    const earlier = seen.get(parsed.data.external_id);
    if (earlier !== undefined) {
      rejected.push({ row, externalId, field: "external_id", reason: `${earlier}行目と同じexternal_idです` });
      return;
    }
    seen.set(parsed.data.external_id, row);
    valid.push({ row, listing: parsed.data });
  });
  return { valid, rejected, fileError: null };
}
