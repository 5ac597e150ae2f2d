import { openDatabase } from "@/db/client";
import { databaseLocation } from "@/lib/env";
import { seedDatabase } from "@/lib/seed";

const database = await openDatabase(databaseLocation());
try {
  await seedDatabase(database.db, (line) => console.log(line));
  console.log(`Seed complete (${database.driver}).`);
} finally {
  await database.close();
}
