import type { PlanProgress } from "@/lib/plans/progress";

/** The share of milestones done, as a bar and always as text. */
export function PlanProgressBar({ progress, label = "達成率" }: { progress: PlanProgress; label?: string }) {
  return (
    <div>
      <div className="flex justify-between gap-2 text-sm">
        <span className="font-semibold">{label}</span>
        <span className="tabular-nums" data-testid="plan-progress-text">
          {progress.done} / {progress.total} 件完了（{progress.percent}%）
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={`${progress.total}件中${progress.done}件完了（${progress.percent}%）`}
        className="mt-1 h-3 overflow-hidden rounded-full bg-surface ring-1 ring-line print:ring-ink"
      >
        <div className="h-full rounded-full bg-brand print:bg-ink" style={{ width: `${progress.percent}%` }} />
      </div>
    </div>
  );
}
