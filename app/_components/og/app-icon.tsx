import { ImageResponse } from "next/og";
import { ogFonts } from "@/lib/site/og/fonts";

/** The site's icon: a white "P" on the brand blue. app/favicon.ico is drawn from it (scripts/make-favicon.tsx). */
export async function appIcon(side: number, { rounded = true }: { rounded?: boolean } = {}) {
  const { fonts, fontFamily } = await ogFonts("P");
  return new ImageResponse(
    (
      <div
        style={{
          display: "flex",
          width: "100%",
          height: "100%",
          alignItems: "center",
          justifyContent: "center",
          background: "#0b5cad",
          borderRadius: rounded ? side * 0.2 : 0,
          color: "#ffffff",
          fontFamily,
          fontSize: side * 0.72,
          lineHeight: 1,
        }}
      >
        P
      </div>
    ),
    { width: side, height: side, fonts },
  );
}
