import "server-only";
import type { Db } from "@/db/client";
import { detectFormat, validateImportFile, type RejectedRow } from "./import-file";
import { upsertListings, type UpsertCounts } from "./queries";
import { toListingValues } from "./to-listing";

export interface ImportReport {
  format: "csv" | "json";
  totalRows: number;
  rejected: RejectedRow[];
  /** False when nothing was written: a file-level error, or bad rows without allowPartial. */
  applied: boolean;
  counts: UpsertCounts | null;
  fileError: string | null;
}

export interface ImportOptions {
  fileName: string;
  source: string;
  isSample?: boolean;
  /** Import the good rows even when some are rejected. Off by default: a file applies whole or not at all. */
  allowPartial?: boolean;
}

/** The one importer, used by the CLI, the admin page and the seeder alike. */
export async function importListingFile(db: Db, content: string, options: ImportOptions): Promise<ImportReport> {
  const format = detectFormat(options.fileName, content);
  const { valid, rejected, fileError } = validateImportFile(content, format);
  const totalRows = valid.length + rejected.length;
  if (fileError || valid.length === 0 || (rejected.length > 0 && !options.allowPartial)) {
    return { format, totalRows, rejected, applied: false, counts: null, fileError };
  }
  const origin = { source: options.source, isSample: options.isSample ?? false };
  const counts = await upsertListings(db, valid.map(({ listing }) => toListingValues(listing, origin)));
  return { format, totalRows, rejected, applied: true, counts, fileError: null };
}

/** The report in plain Japanese lines, for the CLI and logs. */
export function describeImportReport(report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.fileError) return [`取り込めませんでした: ${report.fileError}`];
  lines.push(`${report.totalRows}行を読み込みました（${report.format.toUpperCase()}）。`);
  if (report.counts) {
    lines.push(`新規 ${report.counts.inserted}件、更新 ${report.counts.updated}件、変更なし ${report.counts.unchanged}件。`);
  }
  if (report.rejected.length > 0) {
    lines.push(`取り込めなかった行: ${report.rejected.length}件`);
    for (const row of report.rejected) lines.push(`  ${row.row}行目 (${row.externalId ?? "external_idなし"}) ${row.field}: ${row.reason}`);
    if (!report.applied) lines.push("問題のある行があるため、このファイルは1行も取り込んでいません。修正して再実行するか、--allow-partial で問題のない行だけを取り込んでください。");
  }
  return lines;
}
