import type { ActionState } from "@/lib/actions/validated-action";
import type { PlanActionData } from "@/lib/plans/action-results";
import { ActionResult } from "../ui/status-message";

/**
 * The link a refused save of a stale copy offers: a full navigation, so every form on the page
 * picks up the latest version.
 */
export function StaleReloadLink({ state, planId }: { state: ActionState<PlanActionData>; planId?: string }) {
  if (!state.data?.stale) return null;
  return (
    <a href={planId ? `/me/plans/${planId}` : "/me/plans"} className="font-semibold underline">
      最新の内容を読み込む
    </a>
  );
}

/** The outcome of a plan form: the shared result, plus the reload link when the copy was stale. */
export function PlanResult({ state, planId }: { state: ActionState<PlanActionData>; planId?: string }) {
  return (
    <ActionResult state={state}>
      <StaleReloadLink state={state} planId={planId} />
    </ActionResult>
  );
}
