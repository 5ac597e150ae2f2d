// Japanese has no spaces and many keywords are two characters (金融, 製造), shorter than a trigram.
// Text and queries are normalised the same way, then matched by character bigrams.

/** NFKC (full-width ↔ half-width), lower case, katakana folded to hiragana. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));
}

/** The words of a query: split on spaces and commas, de-duplicated, at most eight. */
export function searchTerms(query: string): string[] {
  return [...new Set(normalizeForSearch(query).split(/[\s、,]+/).filter(Boolean))].slice(0, 8);
}

/** Distinct two-character windows of already-normalised text, skipping any with white space. */
export function bigrams(normalized: string): string[] {
  const found = new Set<string>();
  const chars = [...normalized];
  for (let index = 0; index + 1 < chars.length; index += 1) {
    const pair = chars[index]! + chars[index + 1]!;
    if (!/\s/.test(pair)) found.add(pair);
  }
  return [...found];
}
