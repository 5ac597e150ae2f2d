/**
 * @fontsource/noto-sans-jp ships Noto Sans JP cut into ~120 slices per weight, each with the
 * unicode-range its stylesheet declares. A share image needs only the slices holding its text's
 * characters, so it reads a few hundred kilobytes instead of the whole font.
 */
export interface FontSlice {
  /** The .woff file, relative to the package (next/og reads WOFF, not WOFF2). */
  file: string;
  ranges: Array<[number, number]>;
}

const facePattern = /@font-face\s*{([^}]*)}/g;

export function parseFontSlices(css: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const [, body = ""] of css.matchAll(facePattern)) {
    const file = /url\(\.\/([^)]+\.woff)\)\s*format\('woff'\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file || !range) continue;
    slices.push({ file, ranges: range.split(",").map(parseRange) });
  }
  return slices;
}

function parseRange(part: string): [number, number] {
  const [start = "0", end = start] = part.trim().replace(/^U\+/i, "").split("-");
  return [parseInt(start, 16), parseInt(end, 16)];
}

/** The slices that hold at least one character of the text, in the stylesheet's order. */
export function slicesFor(text: string, slices: FontSlice[]): FontSlice[] {
  const codePoints = new Set([...text].map((character) => character.codePointAt(0) ?? 0));
  return slices.filter((slice) => [...codePoints].some((point) => slice.ranges.some(([start, end]) => point >= start && point <= end)));
}
