import { getDatabase } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { productionProblems } from "./env";

/** Refuses to start with a bad configuration; otherwise migrates (in getDatabase) and seeds. */
export async function prepareServer(): Promise<void> {
  const problems = productionProblems();
  if (problems.length > 0) {
    console.error(`\nThe server cannot start:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\n`);
    process.exit(1);
  }
  const database = await getDatabase();
  await seedDatabase(database.db);
}
