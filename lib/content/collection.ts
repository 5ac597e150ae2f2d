import fs from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { cache } from "react";
import type { z } from "zod";
import { renderMarkdown, type RenderedMarkdown } from "@/lib/content/markdown";
import { resolvePayFigures } from "@/lib/pay/figures";

export type ContentItem<Data> = Data & RenderedMarkdown & { slug: string };

/**
 * Every Markdown file of content/<folder>, front matter validated by the schema. A broken file
 * fails the build with its path and the fields at fault.
 */
export async function loadCollection<Schema extends z.ZodType>(folder: string, schema: Schema): Promise<ContentItem<z.output<Schema>>[]> {
  const directory = path.join(process.cwd(), "content", folder);
  const files = (await fs.readdir(directory)).filter((name) => name.endsWith(".md")).sort();
  return Promise.all(
    files.map(async (name) => {
      const { data, content } = matter(await fs.readFile(path.join(directory, name), "utf8"));
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(front matter)"}: ${issue.message}`);
        throw new Error(`Invalid front matter in content/${folder}/${name}:\n  ${problems.join("\n  ")}`);
      }
      // Pay figures live in content/data/pay.json; the body names them as {{pay:<id>}}.
      const body = resolvePayFigures(content, `content/${folder}/${name}`);
      return Object.assign({}, parsed.data as z.output<Schema>, await renderMarkdown(body), { slug: path.basename(name, ".md") });
    }),
  );
}

/**
 * A loader that reads its collection once per process: content/ changes only with a new build.
 * React's cache also shares the promise within one render.
 */
export function loadedOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return cache(() => (loaded ??= load()));
}
