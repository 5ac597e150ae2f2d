import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkJoinCjkLines from "remark-join-cjk-lines";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { rehypeTaskListLabels } from "./task-list-labels";

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface RenderedMarkdown {
  html: string;
  toc: TocEntry[];
  /** Text a reader sees, for search and reading time. */
  plainText: string;
  /** Every href in the body, to check internal links. */
  links: string[];
}

/** Collects headings for the table of contents and links, after rehype-slug gave headings ids. */
function collect(into: { toc: TocEntry[]; links: string[] }) {
  return () => (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties.id === "string") {
        into.toc.push({ id: node.properties.id, text: toString(node), depth: node.tagName === "h2" ? 2 : 3 });
      }
      if (node.tagName === "a" && typeof node.properties.href === "string") into.links.push(node.properties.href);
      if (node.tagName === "table") {
        // Wide tables scroll inside their own box on a phone instead of widening the page.
        node.properties.tabIndex = 0;
      }
    });
  };
}

export async function renderMarkdown(markdown: string): Promise<RenderedMarkdown> {
  const found = { toc: [] as TocEntry[], links: [] as string[] };
  let plainText = "";
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    // A line break between two Japanese characters must not become a space.
    .use(remarkJoinCjkLines)
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeTaskListLabels)
    .use(collect(found))
    .use(() => (tree: Root) => {
      plainText = toString(tree);
    })
    .use(rehypeStringify)
    .process(markdown);
  return { html: String(file), toc: found.toc, plainText, links: found.links };
}
