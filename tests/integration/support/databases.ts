import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, setActiveDatabase, type Database } from "@/db/client";
import { createUser } from "@/lib/account/queries";

export type Driver = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL points at a server. */
export const drivers: Driver[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase {
  database: Database;
  /** Opens another, independent client on the same database (PostgreSQL only). */
  openAnotherClient(): Promise<Database>;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own, dropped afterwards: never a shared one. */
export async function createTestDatabase(driver: Driver): Promise<TestDatabase> {
  if (driver === "pglite") {
    const database = await openDatabase("memory://");
    return {
      database,
      openAnotherClient: () => Promise.reject(new Error("PGlite is a single connection in one process")),
      drop: () => database.close(),
    };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `pmo_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const clients: Database[] = [await openDatabase(url.toString())];
  return {
    database: clients[0]!,
    openAnotherClient: async () => {
      const client = await openDatabase(url.toString());
      clients.push(client);
      return client;
    },
    drop: async () => {
      await Promise.all(clients.map((client) => client.close()));
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** A fresh database, made the app's active one, with two users: the owner Alice and the other user Bob. */
export async function openWithTwoUsers(driver: Driver): Promise<{ test: TestDatabase; alice: string; bob: string }> {
  const test = await createTestDatabase(driver);
  setActiveDatabase(test.database);
  const alice = (await createUser({ name: "Alice", email: "alice@example.com", passwordHash: "x" }))!.id;
  const bob = (await createUser({ name: "Bob", email: "bob@example.com", passwordHash: "x" }))!.id;
  return { test, alice, bob };
}
