import type { PayFigure } from "@/lib/pay/figures";
import { formatJapaneseDate } from "@/lib/site/dates";

/** Pay figures from content/data/pay.json: a verified one with its source, an unverified one said to be so. */
export function PayFigureList({ figures }: { figures: PayFigure[] }) {
  return (
    <ul className="space-y-2 text-sm">
      {figures.map((figure) => (
        <li key={figure.id}>
          <span className="font-semibold">{figure.label}：</span>
          {figure.status === "verified" && figure.source && figure.asOf ? (
            <>
              {figure.value}（出典：
              <a href={figure.source.url} className="text-brand underline" rel="noopener noreferrer">
                {figure.source.label}
              </a>
              、{formatJapaneseDate(figure.asOf)}時点、{formatJapaneseDate(figure.source.checked)}確認）
            </>
          ) : (
            <>未確認：発行元のページで確認できませんでした（{formatJapaneseDate(figure.searched ?? "")}時点）</>
          )}
          {figure.standIn && <span className="block text-ink-muted">{figure.standIn}</span>}
        </li>
      ))}
    </ul>
  );
}
