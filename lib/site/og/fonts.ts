import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseFontSlices, slicesFor, type FontSlice } from "./font-slices";

// Read from the installed package at build and run time: nothing is downloaded.
const packageDir = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-jp");
const weight = 700 as const;

let slices: Promise<FontSlice[]> | undefined;
const files = new Map<string, Promise<Buffer>>();

const loadSlices = () => (slices ??= readFile(path.join(packageDir, `${weight}.css`), "utf8").then(parseFontSlices));

function loadFile(file: string): Promise<Buffer> {
  let data = files.get(file);
  if (!data) {
    data = readFile(path.join(packageDir, file));
    files.set(file, data);
  }
  return data;
}

/**
 * The fonts for ImageResponse's `fonts` option, every slice the text needs, and the CSS font-family
 * naming them. Each slice gets a family name of its own: satori keeps one font per family, and falls
 * back from one family to the next glyph by glyph. A glyph found in none would make next/og
 * download a font, so the text must be the whole text of the image.
 */
export async function ogFonts(text: string) {
  const needed = slicesFor(text, await loadSlices());
  const fonts = await Promise.all(
    needed.map(async (slice, index) => ({ name: `Noto Sans JP ${index}`, data: await loadFile(slice.file), weight, style: "normal" as const })),
  );
  return { fonts, fontFamily: fonts.map((font) => `"${font.name}"`).join(", ") };
}
