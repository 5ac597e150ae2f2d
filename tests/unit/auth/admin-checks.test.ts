import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../..");

function filesUnder(directory: string, name: RegExp): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return filesUnder(full, name);
    return name.test(entry.name) ? [full] : [];
  });
}

describe("admin checks", () => {
  const pages = filesUnder(path.join(root, "app/(admin)"), /^(page|route)\.tsx?$/);

  it("finds the admin pages", () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it.each(pages.map((file) => [path.relative(root, file), file]))("%s checks the admin role itself, not only through the layout", (_name, file) => {
    const source = fs.readFileSync(file, "utf8");
    expect(source).toMatch(/await requireAdmin\(\);/);
  });

  it("has every admin server action behind validatedActionWithAdmin", () => {
    const actionFiles = filesUnder(path.join(root, "lib"), /^actions\.ts$/).filter((file) => file.includes(`${path.sep}admin${path.sep}`));
    expect(actionFiles.length).toBeGreaterThan(0);
    for (const file of actionFiles) {
      const exports = [...fs.readFileSync(file, "utf8").matchAll(/^export (?:const|async function) (\w+)(.*)$/gm)];
      for (const [, name, rest] of exports) expect(rest, `${path.relative(root, file)}#${name}`).toMatch(/^ = validatedActionWithAdmin[<(]/);
    }
  });
});
