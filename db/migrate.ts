import path from "node:path";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migrateWithPglite } from "drizzle-orm/pglite/migrator";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate as migrateWithPostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export async function migratePglite(db: PgDatabase<PgQueryResultHKT, Record<string, unknown>>): Promise<void> {
  await migrateWithPglite(db as unknown as PgliteDatabase, { migrationsFolder });
}

/**
 * Several app instances may start at once against one server: a session-level
 * advisory lock on a dedicated connection lets exactly one of them migrate.
 */
export async function migratePostgres(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const db = drizzle({ client });
  try {
    await db.execute(sql`select pg_advisory_lock(hashtext('pmo-career-guide:migrate'))`);
    await migrateWithPostgres(db, { migrationsFolder });
    await db.execute(sql`select pg_advisory_unlock(hashtext('pmo-career-guide:migrate'))`);
  } finally {
    await client.end({ timeout: 5 });
  }
}
