import { openDatabase, setActiveDatabase } from "@/db/client";
import { setUserRole } from "@/lib/account/queries";
import { emailSchema } from "@/lib/account/schema";
import { databaseLocation } from "@/lib/env";

// Usage: npm run user:make-admin -- someone@example.com [--revoke]
const [rawEmail, flag] = process.argv.slice(2);
const email = emailSchema.safeParse(rawEmail ?? "");
if (!email.success) {
  console.error("Usage: npm run user:make-admin -- <e-mail> [--revoke]");
  process.exit(2);
}

const database = await openDatabase(databaseLocation());
setActiveDatabase(database);
try {
  const role = flag === "--revoke" ? "user" : "admin";
  if (await setUserRole(email.data, role)) {
    console.log(`${email.data} is now ${role}. The change applies from their next request.`);
  } else {
    console.error(`No user with the e-mail ${email.data}. They must sign up first.`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
