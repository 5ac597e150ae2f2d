import { openDatabase } from "@/db/client";
import { databaseLocation } from "@/lib/env";

const location = databaseLocation();
const database = await openDatabase(location);
await database.close();
console.log(`Migrations applied (${database.driver}).`);
