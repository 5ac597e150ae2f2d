import type { WeekHours } from "@/lib/certifications/tracking/study-stats";

const width = 420;
const height = 200;
const axis = 24;

/** Study hours per week as server-rendered SVG bars, with the same numbers as a table. */
export function WeeklyHoursChart({ weeks, idPrefix }: { weeks: WeekHours[]; idPrefix: string }) {
  const peak = Math.max(1, ...weeks.map((week) => week.hours));
  const slot = width / weeks.length;
  const total = weeks.reduce((sum, week) => sum + week.hours, 0);
  const label = (weekStart: string) => `${Number(weekStart.slice(5, 7))}/${Number(weekStart.slice(8, 10))}`;
  const most = Math.max(0, ...weeks.map((week) => week.hours));
  const summary = `直近${weeks.length}週間の学習時間は合計${Math.round(total * 10) / 10}時間、最も多い週は${most}時間です。`;
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${width} ${height + axis}`} role="img" aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`} className="h-auto w-full">
        <title id={`${idPrefix}-title`}>週ごとの学習時間</title>
        <desc id={`${idPrefix}-desc`}>{summary}</desc>
        <line x1={0} x2={width} y1={height} y2={height} className="stroke-line" strokeWidth={1} />
        {weeks.map((week, index) => {
          const barHeight = (week.hours / peak) * (height - 20);
          const x = index * slot + slot * 0.15;
          return (
            <g key={week.weekStart}>
              <rect x={x} y={height - barHeight} width={slot * 0.7} height={barHeight} rx={2} className="fill-brand" />
              {week.hours > 0 && (
                <text x={x + slot * 0.35} y={height - barHeight - 4} textAnchor="middle" fontSize={12} className="fill-ink">
                  {week.hours}
                </text>
              )}
              <text x={x + slot * 0.35} y={height + 16} textAnchor="middle" fontSize={11} className="fill-ink-muted">
                {label(week.weekStart)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-ink-muted">{summary}（週は月曜始まり、日付は各週の月曜日）</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer">表で見る</summary>
        <table className="mt-2 w-full text-left [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3">
          <caption className="sr-only">週ごとの学習時間</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col">週（月曜日）</th>
              <th scope="col">学習時間</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart} className="border-b border-line">
                <td>{week.weekStart}</td>
                <td>{week.hours}時間</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
