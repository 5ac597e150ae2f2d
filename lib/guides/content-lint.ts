// Checks a human editor would otherwise have to remember. Run over every guide by the test suite.

const figure = /[0-9０-９][0-9０-９,，.．]*\s*(万|億|千)?\s*円|[0-9０-９][0-9０-９.．]*\s*[%％]|[¥￥]\s*[0-9]/;

/** Paragraphs, lists and tables (blocks between blank lines) that state a yen amount or a percentage but name no source. */
export function figuresWithoutSource(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (line.trimStart().startsWith("```")) inFence = !inFence;
    if (!inFence && line.trim() === "") {
      if (current.length) blocks.push(current.join("\n"));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) blocks.push(current.join("\n"));
  return blocks.filter((block) => figure.test(block) && !block.includes("出典"));
}

export interface LinkTarget {
  slug: string;
  headingIds: string[];
}

/**
 * Internal links that lead nowhere: an unknown path, an unknown guide, or a #fragment that is not
 * a heading of its page. `pages` lists the site's other fixed paths.
 */
export function brokenInternalLinks(links: string[], self: LinkTarget, guides: LinkTarget[], pages: string[]): string[] {
  return links.filter((href) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return false; // external: not ours to check here
    const [pathPart = "", rawFragment] = href.split("#", 2);
    const fragment = rawFragment === undefined ? undefined : decodeURIComponent(rawFragment);
    const target = pathPart === "" ? self : guides.find((guide) => `/guides/${guide.slug}` === pathPart);
    if (!target) return !pages.includes(pathPart);
    return fragment !== undefined && !target.headingIds.includes(fragment);
  });
}
