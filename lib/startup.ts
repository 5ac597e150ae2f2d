import { getDatabase, prepareDatabaseWith } from "@/db/client";
import { productionProblems } from "./env";
import { seedDatabase } from "./seed";

/** Refuses to start with a bad configuration; otherwise opens (migrates, seeds) the database up front. */
export async function prepareServer(): Promise<void> {
  const problems = productionProblems();
  if (problems.length > 0) {
    console.error(`\nThe server cannot start:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\n`);
    process.exit(1);
  }
  // Idempotent, so every process start brings shipped sample content up to date.
  prepareDatabaseWith((db) => seedDatabase(db));
  try {
    await getDatabase();
    const { schedulePurges } = await import("./account/housekeeping");
    schedulePurges();
    const { scheduleReminders } = await import("./reminders/scheduler");
    scheduleReminders();
  } catch (error) {
    // Keep serving: /api/health answers 503 and the database is tried again on the next request.
    console.error("The database is not available yet; it will be retried on the next request.", error);
  }
}
