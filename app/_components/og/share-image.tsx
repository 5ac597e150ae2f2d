import { ImageResponse } from "next/og";
import { ogFonts } from "@/lib/site/og/fonts";
import { siteName } from "@/lib/site/config";

export const shareImageSize = { width: 1200, height: 630 };
export const shareImageType = "image/png";

interface ShareImage {
  /** What kind of page: ガイド, キャリアパス, 資格, 求人・案件. */
  kind: string;
  title: string;
  /** A line under the title (a company, a category). */
  note?: string;
  /** Sample listings are fictional, and their image says so. */
  sample?: boolean;
}

const brand = "#0b5cad";
const ink = "#1b2430";
const muted = "#4a5563";

/** The share image of one page, drawn by next/og with Noto Sans JP from the installed font package. */
export async function shareImage({ kind, title, note, sample }: ShareImage, init: { headers?: Record<string, string> } = {}) {
  const sampleLabel = "サンプル（架空の求人・案件です）";
  const text = [siteName, kind, title, note ?? "", sample ? sampleLabel : ""].join("");
  const { fonts, fontFamily } = await ogFonts(text);
  return new ImageResponse(
    (
      <div style={{ display: "flex", width: "100%", height: "100%", background: "#ffffff", fontFamily }}>
        <div style={{ display: "flex", width: 24, height: "100%", background: brand }} />
        <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "64px 72px", justifyContent: "space-between" }}>
          <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
            <div style={{ display: "flex", fontSize: 30, color: brand }}>{siteName}</div>
            <div style={{ display: "flex", fontSize: 26, color: brand, border: `3px solid ${brand}`, borderRadius: 12, padding: "4px 16px" }}>{kind}</div>
          </div>
          <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
            <div style={{ display: "flex", fontSize: title.length > 40 ? 48 : 60, lineHeight: 1.35, color: ink }}>{title}</div>
            {note ? <div style={{ display: "flex", fontSize: 30, color: muted }}>{note}</div> : null}
          </div>
          <div style={{ display: "flex", minHeight: 56 }}>
            {sample ? (
              <div style={{ display: "flex", fontSize: 32, color: "#ffffff", background: "#8a4b00", borderRadius: 12, padding: "8px 24px" }}>{sampleLabel}</div>
            ) : null}
          </div>
        </div>
      </div>
    ),
    { ...shareImageSize, fonts, headers: init.headers },
  );
}
