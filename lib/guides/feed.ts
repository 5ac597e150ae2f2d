import type { Guide } from "./content";

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!);

/** An Atom 1.0 feed (RFC 4287) of guides, newest first. */
export function guidesAtomFeed(guides: Guide[], { siteUrl, title }: { siteUrl: string; title: string }): string {
  const updated = guides.reduce((latest, guide) => (guide.updated > latest ? guide.updated : latest), "1970-01-01");
  const entries = guides.map((guide) => {
    const url = `${siteUrl}/guides/${guide.slug}`;
    return `  <entry>
    <title>${escapeXml(guide.title)}</title>
    <link href="${escapeXml(url)}"/>
    <id>${escapeXml(url)}</id>
    <published>${guide.published}T09:00:00+09:00</published>
    <updated>${guide.updated}T09:00:00+09:00</updated>
    <summary>${escapeXml(guide.description)}</summary>
${guide.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`).join("\n")}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
  <title>${escapeXml(title)}</title>
  <link href="${escapeXml(`${siteUrl}/guides`)}"/>
  <link rel="self" href="${escapeXml(`${siteUrl}/guides/feed.xml`)}"/>
  <id>${escapeXml(`${siteUrl}/guides`)}</id>
  <updated>${updated}T09:00:00+09:00</updated>
  <author><name>${escapeXml(title)}編集部</name></author>
${entries.join("\n")}
</feed>
`;
}
