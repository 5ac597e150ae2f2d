import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFontSlices, slicesFor } from "@/lib/site/og/font-slices";

const css = `
/* noto-sans-jp-[0]-700-normal */
@font-face {
  font-family: 'Noto Sans JP';
  src: url(./files/a-0-700-normal.woff2) format('woff2'), url(./files/a-0-700-normal.woff) format('woff');
  unicode-range: U+3042,U+4e00-4e10;
}
@font-face {
  font-family: 'Noto Sans JP';
  src: url(./files/a-latin-700-normal.woff2) format('woff2'), url(./files/a-latin-700-normal.woff) format('woff');
  unicode-range: U+0000-00FF,U+2000-206F;
}`;

describe("Open Graph font slices", () => {
  it("reads each slice's WOFF file and unicode ranges", () => {
    expect(parseFontSlices(css)).toEqual([
      { file: "files/a-0-700-normal.woff", ranges: [[0x3042, 0x3042], [0x4e00, 0x4e10]] },
      { file: "files/a-latin-700-normal.woff", ranges: [[0, 0xff], [0x2000, 0x206f]] },
    ]);
  });

  it("picks only the slices the text needs", () => {
    const slices = parseFontSlices(css);
    expect(slicesFor("PMO", slices).map((slice) => slice.file)).toEqual(["files/a-latin-700-normal.woff"]);
    expect(slicesFor("あPMO", slices)).toHaveLength(2);
    expect(slicesFor("ん", slices)).toEqual([]);
  });

  it("finds every character of the site's Japanese in the installed package", () => {
    const dir = path.join(process.cwd(), "node_modules/@fontsource/noto-sans-jp");
    const slices = parseFontSlices(fs.readFileSync(path.join(dir, "700.css"), "utf8"));
    expect(slices.length).toBeGreaterThan(100);
    const text = "PMOキャリアガイド サンプル 求人・案件 資格 キャリアパス";
    const needed = slicesFor(text, slices);
    for (const slice of needed) expect(fs.existsSync(path.join(dir, slice.file)), slice.file).toBe(true);
    const covered = [...text].filter((c) => c.trim()).every((c) => needed.some((s) => s.ranges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b)));
    expect(covered).toBe(true);
  });
});
