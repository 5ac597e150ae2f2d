import type { ActionState } from "@/lib/actions/validated-action";
import type { PlanActionData } from "@/lib/plans/action-results";

/**
 * The outcome of a plan form: a confirmation, or an error; a stale copy gets a link that reloads
 * the page, a full navigation so every form picks up the latest version. Nothing before the first submit.
 */
export function ActionMessage({ state, planId, inline = false }: { state: ActionState<PlanActionData>; planId?: string; inline?: boolean }) {
  if (!state.error && !state.ok) return null;
  const message = state.error ? (
    <div role="alert" className="rounded-md border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
      <p>{state.error}</p>
      {state.data?.stale && (
        <a href={planId ? `/me/plans/${planId}` : "/me/plans"} className="font-semibold underline">
          最新の内容を読み込む
        </a>
      )}
    </div>
  ) : (
    <p role="status" className="text-sm text-success">
      {state.message}
    </p>
  );
  return inline ? <span className="basis-full">{message}</span> : message;
}
