import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CertificationSummary } from "@/app/_components/dashboard/certification-summary";
import { setActiveDatabase } from "@/db/client";
import { createUser } from "@/lib/account/queries";
import { addDays, japanToday } from "@/lib/calendar/japan-date";
import * as tracking from "@/lib/certifications/tracking/queries";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";

const render = async (userId: string) => renderToStaticMarkup(await CertificationSummary({ userId })).replace(/<[^>]+>/g, "");

describe.each(drivers)("my-page certification card on %s", (driver) => {
  let test: TestDatabase;
  let userId: string;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
    userId = (await createUser({ name: "Chika", email: "chika@example.com", passwordHash: "x" }))!.id;
  });
  afterAll(() => test.drop());

  it("leads to the first tracked certification when there is none", async () => {
    expect(await render(userId)).toContain("まだ記録している資格はありません。最初の資格を記録する");
  });

  it("shows this month's study hours and upcoming exams with their countdown", async () => {
    const today = japanToday();
    const pmp = await tracking.trackCertification(userId, "pmp");
    await tracking.updateTracked(userId, pmp.id, { status: "scheduled", examDate: addDays(today, 12), resultDate: null, credentialId: "", expiresOn: null });
    await tracking.addStudySession(userId, pmp.id, { studiedOn: today, minutes: 90, topic: "" });
    await tracking.addStudySession(userId, pmp.id, { studiedOn: addDays(`${today.slice(0, 7)}-01`, -1), minutes: 600, topic: "last month" });
    const text = await render(userId);
    expect(text).toContain("今月の学習時間: 1.5時間");
    expect(text).toContain("（あと12日）");
  });
});
