import type { Db } from "./client";

/**
 * Each seeder loads shipped content through the same code an operator uses for real data,
 * and must be idempotent: seeding twice changes nothing.
 */
export type Seeder = { name: string; run(db: Db): Promise<string> };

const seeders: Seeder[] = [];

export async function seedDatabase(db: Db, log: (line: string) => void = () => {}): Promise<void> {
  for (const seeder of seeders) {
    log(`${seeder.name}: ${await seeder.run(db)}`);
  }
}
