import { defineConfig } from "drizzle-kit";

// Only used to generate SQL migrations (`npm run db:generate`); they are applied in code by db/migrate.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
