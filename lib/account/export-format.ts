import { japanToday } from "@/lib/calendar/japan-date";

/** The "download all my data" file; documented in docs/data-export.md. */
export const EXPORT_FORMAT = "pmo-career-guide.account-export";
const EXPORT_VERSION = 1;

export interface AccountExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  user: { id: string; name: string; email: string; role: string; createdAt: string; updatedAt: string };
  /** One array per table, keyed by SQL table name; rows use camelCase keys, timestamps as ISO 8601. */
  tables: Record<string, Record<string, unknown>[]>;
}

type Row = Record<string, unknown>;

/** A database row as plain JSON: Dates become ISO strings, secret columns are dropped. */
export function toExportRow(row: Row, omit: readonly string[] = []): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (omit.includes(key)) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

export function buildAccountExport(user: AccountExport["user"] | Row, tables: Record<string, Row[]>, now: Date): AccountExport {
  const { id, name, email, role, createdAt, updatedAt } = toExportRow(user) as AccountExport["user"];
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    user: { id, name, email, role, createdAt, updatedAt },
    tables,
  };
}

/** The download's file name, dated in Japan time: pmo-career-guide-export-2026-11-21.json */
export function exportFileName(now: Date): string {
  return `pmo-career-guide-export-${japanToday(now)}.json`;
}
