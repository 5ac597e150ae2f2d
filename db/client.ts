import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { databaseLocation } from "@/lib/env";
import { acquireDirectoryLock } from "./directory-lock";
import { migratePglite, migratePostgres } from "./migrate";
import * as schema from "./schema";

/** The one database type the app uses, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  driver: "pglite" | "postgres";
  close(): Promise<void>;
}

/** The rows of a raw `db.execute()`: postgres-js returns them as an array, PGlite as `{ rows }`. */
export function resultRows<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/** Opens a database (a postgres:// URL, a PGlite directory or memory://) and applies pending migrations. */
export async function openDatabase(location: string): Promise<Database> {
  if (isPostgresUrl(location)) {
    await migratePostgres(location);
    const client = postgres(location, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Db;
    return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const releaseLock = location.startsWith("memory://") ? () => {} : acquireDirectoryLock(location);
  try {
    const client = await PGlite.create(location, { extensions: { pg_trgm } });
    const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
    await migratePglite(db);
    return {
      db,
      driver: "pglite",
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

// The app's database, migrated on first use and prepared by the app's start-up.
// PGlite is a single connection in a single process: open it once per process, lazily,
// never at module top level (next build workers import this file).
const holder = globalThis as typeof globalThis & { __pmoDatabase?: Promise<Database>; __pmoPrepare?: (db: Db) => Promise<void> };

/**
 * What the app does to its database once it is open, before any query is let through. The start-up
 * (lib/startup.ts) registers seeding here, so the database layer knows nothing of what is seeded,
 * and a database that only comes up later is still seeded before its first use.
 */
export function prepareDatabaseWith(prepare: (db: Db) => Promise<void>): void {
  holder.__pmoPrepare = prepare;
}

export function getDatabase(): Promise<Database> {
  holder.__pmoDatabase ??= openDatabase(databaseLocation()).then(
    async (database) => {
      process.once("SIGTERM", () => void database.close());
      await holder.__pmoPrepare?.(database.db);
      return database;
    },
    (error: unknown) => {
      // Forget the failure so the next request tries again (the server may come up later).
      holder.__pmoDatabase = undefined;
      throw error;
    },
  );
  return holder.__pmoDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Tests and scripts point the app's queries at a database they opened themselves. */
export function setActiveDatabase(database: Database): void {
  holder.__pmoDatabase = Promise.resolve(database);
}
