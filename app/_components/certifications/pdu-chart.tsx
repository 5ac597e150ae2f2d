import type { LimitProgress, RenewalProgress } from "@/lib/certifications/renewal-rules/engine";
import { formatUnits } from "@/lib/certifications/renewal-rules/engine";

const width = 420;
const rowHeight = 40;
const labelWidth = 150;

function scaleOf(limits: LimitProgress[]) {
  return Math.max(...limits.map((limit) => Math.max(limit.earned, limit.min ?? 0, limit.max ?? 0)), 1);
}

/** PDUs per rule line (Education, each Talent Triangle area, Giving Back) against its minimum or maximum. */
export function PduChart({ progress, unit }: { progress: RenewalProgress; unit: string }) {
  const scale = scaleOf(progress.limits);
  const barSpace = width - labelWidth - 70;
  const height = progress.limits.length * rowHeight;
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="pdu-chart-title pdu-chart-desc" className="h-auto w-full">
        <title id="pdu-chart-title">分野ごとの{unit}</title>
        <desc id="pdu-chart-desc">{progress.message}</desc>
        {progress.limits.map((limit, index) => {
          const y = index * rowHeight + 8;
          const bar = (limit.earned / scale) * barSpace;
          const marker = limit.min ?? limit.max;
          const met = limit.missing === 0 && limit.excess === 0;
          return (
            <g key={limit.id}>
              <text x={0} y={y + 16} fontSize={12} className="fill-ink">
                {limit.label}
              </text>
              <rect x={labelWidth} y={y} width={barSpace} height={22} rx={3} className="fill-surface stroke-line" />
              <rect x={labelWidth} y={y} width={bar} height={22} rx={3} className={met ? "fill-success" : "fill-brand"} />
              {marker !== undefined && <line x1={labelWidth + (marker / scale) * barSpace} x2={labelWidth + (marker / scale) * barSpace} y1={y - 3} y2={y + 25} strokeWidth={2} strokeDasharray="3 2" className="stroke-ink" />}
              <text x={width - 2} y={y + 16} textAnchor="end" fontSize={12} className="fill-ink">
                {formatUnits(limit.earned)}
                {limit.min !== undefined ? `/${limit.min}` : limit.max !== undefined ? `/≤${limit.max}` : ""}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-ink-muted">点線は最低数（Giving Backは上限）です。</figcaption>
      <table className="w-full text-left text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3">
        <caption className="sr-only">分野ごとの{unit}と条件</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col">分野</th>
            <th scope="col">取得</th>
            <th scope="col">条件</th>
            <th scope="col">不足</th>
          </tr>
        </thead>
        <tbody>
          {progress.limits.map((limit) => (
            <tr key={limit.id} className="border-b border-line">
              <td>{limit.label}</td>
              <td>{formatUnits(limit.earned)}</td>
              <td>{limit.min !== undefined ? `${limit.min}以上` : `${limit.max}まで合計に算入`}</td>
              <td>{limit.missing > 0 ? `あと${formatUnits(limit.missing)}` : limit.excess > 0 ? `${formatUnits(limit.excess)}超過（算入されません）` : "なし"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
