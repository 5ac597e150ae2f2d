import { describe, expect, it } from "vitest";
import { buildAccountExport, EXPORT_FORMAT, exportFileName, toExportRow } from "@/lib/account/export-format";

describe("the data export format", () => {
  const now = new Date("2026-11-21T16:30:00Z");
  const user = { id: "u1", name: "山田", email: "y@example.com", role: "user", passwordHash: "secret", sessionVersion: 3, createdAt: now, updatedAt: now };

  it("names the format and version, and never carries the password hash", () => {
    const exported = buildAccountExport(user, { plans: [] }, now);
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: "2026-11-21T16:30:00.000Z", tables: { plans: [] } });
    expect(exported.user).toEqual({ id: "u1", name: "山田", email: "y@example.com", role: "user", createdAt: now.toISOString(), updatedAt: now.toISOString() });
    expect(JSON.stringify(exported)).not.toContain("secret");
  });

  it("writes dates as ISO strings and drops secret columns", () => {
    expect(toExportRow({ id: "t1", tokenHash: "abc", expiresAt: now, usedAt: null }, ["tokenHash"])).toEqual({ id: "t1", expiresAt: "2026-11-21T16:30:00.000Z", usedAt: null });
  });

  it("dates the file in Japan time", () => {
    expect(exportFileName(now)).toBe("pmo-career-guide-export-2026-11-22.json");
  });
});
