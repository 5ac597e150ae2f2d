import type { ActionState } from "@/lib/actions/validated-action";
import type { CareerActionData } from "@/lib/career/actions";

/** The outcome of a career form; a stale copy gets a full reload link so every form picks up the latest version. */
export function CareerMessage({ state, reloadHref }: { state: ActionState<CareerActionData>; reloadHref: string }) {
  if (state.error) {
    return (
      <div role="alert" className="rounded-md border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
        <p>{state.error}</p>
        {state.data?.stale && (
          <a href={reloadHref} className="font-semibold underline">
            最新の内容を読み込む
          </a>
        )}
      </div>
    );
  }
  if (!state.ok) return null;
  return (
    <p role="status" className="rounded-md border border-success px-3 py-2 text-sm text-success">
      {state.message}
    </p>
  );
}
