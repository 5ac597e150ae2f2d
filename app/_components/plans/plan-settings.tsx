import type { Plan } from "@/db/schema";
import { archivePlanAction, makePrimaryAction, restorePlanAction } from "@/lib/plans/plans/actions";
import { DeletePlanForm } from "./delete-plan-form";
import { PlanActionButton } from "./plan-action-button";
import { PlanForm } from "./plan-form";
import { SharePanel } from "./share-panel";
import { cardClass } from "../ui/card";

/** Everything about the plan as a whole: its details, primary place, archive, sharing and deletion. */
export function PlanSettings({ plan, today }: { plan: Plan; today: string }) {
  const ref = { planId: plan.id, version: plan.version };
  return (
    <section aria-labelledby="plan-settings" className={`space-y-5 ${cardClass} print:hidden`}>
      <h2 id="plan-settings" className="text-lg font-bold">
        プランの設定
      </h2>
      <details>
        <summary className="cursor-pointer font-bold text-brand underline">プラン名・目標・目標日を編集する</summary>
        <div className="mt-3">
          <PlanForm plan={{ id: plan.id, version: plan.version }} initial={plan} today={today} />
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-2">
        {!plan.archivedAt && !plan.isPrimary && (
          <PlanActionButton action={makePrimaryAction} {...ref}>
            メインのプランにする
          </PlanActionButton>
        )}
        {plan.archivedAt ? (
          <PlanActionButton action={restorePlanAction} {...ref}>
            アーカイブから戻す
          </PlanActionButton>
        ) : (
          <PlanActionButton action={archivePlanAction} {...ref}>
            アーカイブする
          </PlanActionButton>
        )}
      </div>
      <SharePanel {...ref} shareToken={plan.shareToken} />
      <details>
        <summary className="cursor-pointer font-bold text-danger underline">プランを削除する</summary>
        <div className="mt-3">
          <DeletePlanForm {...ref} title={plan.title} />
        </div>
      </details>
    </section>
  );
}
