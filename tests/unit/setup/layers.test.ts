import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The layers import downwards only: app/ → lib/ → db/. db/ may read the environment through
// lib/env.ts, which itself imports nothing of the project.
const root = path.resolve(__dirname, "../../..");

function sourcesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" ? [] : sourcesUnder(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every module a file imports or re-exports, resolved to a path from the project root when it is the project's own. */
function projectImports(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)].map((match) => match[1] ?? match[2]!);
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith("@/")) return [specifier.slice(2)];
    if (specifier.startsWith(".")) return [path.relative(root, path.resolve(path.dirname(file), specifier))];
    return [];
  });
}

describe("layers", () => {
  const dbFiles = sourcesUnder(path.join(root, "db"));

  it("finds the database layer", () => {
    expect(dbFiles.length).toBeGreaterThanOrEqual(10);
  });

  it("db/ imports nothing from lib/ or app/ but the env module", () => {
    const upwards = dbFiles.flatMap((file) =>
      projectImports(file)
        .filter((target) => !target.startsWith("db/") && target !== "lib/env")
        .map((target) => `${path.relative(root, file)} → ${target}`),
    );
    expect(upwards).toEqual([]);
  });

  it("lib/env.ts imports nothing of the project", () => {
    expect(projectImports(path.join(root, "lib/env.ts"))).toEqual([]);
  });

  it("reads the environment only through lib/env.ts", () => {
    const readers = [...sourcesUnder(path.join(root, "app")), ...sourcesUnder(path.join(root, "lib")), ...dbFiles, path.join(root, "proxy.ts")]
      .filter((file) => path.relative(root, file) !== "lib/env.ts")
      .filter((file) => /process\.env\b/.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(readers).toEqual([]);
  });
});
