import { groupLabels, type Breakdown, type LineGroup } from "@/lib/pay/breakdown";
import { manYen, yen } from "@/lib/pay/format";

const fills: Record<LineGroup | "takeHome", string> = {
  takeHome: "fill-success",
  tax: "fill-danger",
  insurance: "fill-brand",
  cost: "fill-ink-muted",
};
const swatches: Record<LineGroup | "takeHome", string> = {
  takeHome: "bg-success",
  tax: "bg-danger",
  insurance: "bg-brand",
  cost: "bg-ink-muted",
};

// Narrow enough that the labels stay readable in a phone-wide column.
const width = 360;
const barHeight = 28;
const rowHeight = 64;

/**
 * Each side's gross as one stacked bar: what goes out (経費, 税金, 社会保険料) and what is left.
 * Server-rendered SVG; the same figures are in the table beside it.
 */
export function PayChart({ sides }: { sides: Breakdown[] }) {
  const largest = Math.max(1, ...sides.map((side) => side.gross));
  const scale = width / largest;
  const height = sides.length * rowHeight;
  const summary = sides.map((side) => `${side.title}は${side.grossLabel}${manYen(side.gross)}のうち手取り${manYen(side.takeHome)}`).join("、");
  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="pay-chart-title pay-chart-desc" className="h-auto w-full">
        <title id="pay-chart-title">額面から税金・社会保険料を引いた手取り</title>
        <desc id="pay-chart-desc">{summary}。</desc>
        {sides.map((side, row) => {
          const y = row * rowHeight + 22;
          const segments = [...side.lines.map((line) => ({ ...line, fill: fills[line.group] })), { key: "takeHome", label: "手取り", amount: side.takeHome, fill: fills.takeHome }];
          let x = 0;
          return (
            <g key={side.side}>
              <text x={0} y={y - 6} fontSize={14} className="fill-ink">
                {`${side.title}（${manYen(side.gross)}）`}
              </text>
              {segments.map((segment) => {
                const segmentWidth = Math.max(0, segment.amount) * scale;
                const rect = (
                  <rect key={segment.key} x={x} y={y} width={segmentWidth} height={barHeight} className={`${segment.fill} stroke-page`} strokeWidth={1}>
                    <title>{`${segment.label} ${yen(segment.amount)}`}</title>
                  </rect>
                );
                x += segmentWidth;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="space-y-2 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="グラフの色">
          {(["cost", "tax", "insurance", "takeHome"] as const).map((group) => (
            <li key={group} className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ${swatches[group]}`} />
              {groupLabels[group]}
            </li>
          ))}
        </ul>
        <p className="text-ink-muted">帯の長さは額面（フリーランスは税込の売上）です。手取りがマイナスのときは帯に出ません（表をご覧ください）。</p>
      </figcaption>
    </figure>
  );
}

/** The same breakdown as the chart, as a table: one column per side. */
export function PayTable({ sides }: { sides: Breakdown[] }) {
  const headCell = "border-b border-line px-2 py-1.5 text-right tabular-nums";
  const cell = "border-b border-line px-2 py-1.5 text-right tabular-nums whitespace-nowrap";
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] text-sm">
        <caption className="mb-2 text-left font-bold">内訳（年額）</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-line px-2 py-1.5 text-left">
              項目
            </th>
            {sides.map((side) => (
              <th key={side.side} scope="col" className={headCell}>
                {side.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows(sides).map((row) => (
            <tr key={row.label}>
              <th scope="row" className="border-b border-line px-2 py-1.5 text-left font-normal">
                {row.label}
              </th>
              {row.amounts.map((amount, index) => (
                <td key={sides[index]!.side} className={`${cell} ${row.strong ? "font-bold" : ""}`}>
                  {amount === null ? "—" : yen(amount)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function rows(sides: Breakdown[]): { label: string; amounts: (number | null)[]; strong?: boolean }[] {
  const labels = [...new Set(sides.flatMap((side) => side.lines.map((line) => line.label)))];
  return [
    { label: "額面（フリーランスは税込の売上）", amounts: sides.map((side) => side.gross), strong: true },
    ...labels.map((label) => ({ label, amounts: sides.map((side) => side.lines.find((line) => line.label === label)?.amount ?? null) })),
    { label: "手取り", amounts: sides.map((side) => side.takeHome), strong: true },
  ];
}
