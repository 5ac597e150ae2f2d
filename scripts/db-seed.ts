import { openDatabase } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { databaseLocation } from "@/lib/env";

const database = await openDatabase(databaseLocation());
try {
  await seedDatabase(database.db, (line) => console.log(line));
  console.log(`Seed complete (${database.driver}).`);
} finally {
  await database.close();
}
