import Link from "next/link";
import type { ReactNode } from "react";
import { PrintButton } from "@/app/_components/plans/print-button";

// On paper only the document is printed: no site header, footer or buttons, black on white, on A4.
const printCss = (orientation: "portrait" | "landscape") => `@media print {
  body > header, body > footer, body > a[href="#main"] { display: none !important; }
  :root { color-scheme: light; }
  body { background: #fff !important; color: #000 !important; line-height: 1.6; font-size: 10.5pt; }
  main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  a { color: inherit !important; text-decoration: none !important; }
  .print-sheet { max-width: none !important; border: 0 !important; padding: 0 !important; box-shadow: none !important; }
  .print-sheet table, .print-sheet tr { break-inside: avoid; }
  .print-sheet h2 { break-after: avoid; }
}
@page { size: A4 ${orientation}; margin: 15mm; }`;

/** A document page that prints as a clean A4 sheet from the browser (and so to PDF). */
export function PrintSheet({ orientation, backHref, backLabel = "書類の作成に戻る", children }: { orientation: "portrait" | "landscape"; backHref: string; backLabel?: string; children: ReactNode }) {
  return (
    <div className="space-y-4">
      <style>{printCss(orientation)}</style>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton />
        <Link href={backHref} className="text-brand underline">
          {backLabel}
        </Link>
        <p className="basis-full text-sm text-ink-muted">印刷画面で「PDFに保存」を選ぶと、A4のPDFになります。</p>
      </div>
      <div className={`print-sheet mx-auto overflow-x-auto rounded-[var(--radius-card)] border border-line bg-page p-4 sm:p-8 ${orientation === "portrait" ? "max-w-[210mm]" : "max-w-[297mm]"}`}>{children}</div>
    </div>
  );
}
