import { setSharingAction } from "@/lib/plans/sharing/actions";
import { absoluteUrl } from "@/lib/site/config";
import { PlanActionButton } from "./plan-action-button";

/** Opt-in read-only link; revoking it makes the old address a 404 for good. */
export function SharePanel({ planId, version, shareToken }: { planId: string; version: number; shareToken: string | null }) {
  const path = shareToken ? `/shared/plans/${shareToken}` : null;
  return (
    <section aria-labelledby="share" className="space-y-2">
      <h3 id="share" className="font-bold">
        共有リンク
      </h3>
      {path ? (
        <>
          <p className="text-sm">このリンクを知っている人は、プランを閲覧できます（編集はできません。メモと検討リストの求人は表示されません）。</p>
          <p className="break-all rounded bg-page px-2 py-1 font-mono text-sm ring-1 ring-line">
            <a href={path} className="text-brand underline" data-testid="share-link">
              {absoluteUrl(path)}
            </a>
          </p>
        </>
      ) : (
        <p className="text-sm text-ink-muted">共有はオフです。リンクを発行すると、メモを除いたプランを閲覧専用で見せられます。検索エンジンには載りません。</p>
      )}
      {/* One button in one place, so its confirmation survives the switch between on and off. */}
      <div className="flex flex-wrap gap-2">
        <PlanActionButton action={setSharingAction} planId={planId} version={version} fields={{ sharing: path ? "off" : "on" }} variant={path ? "danger" : "primary"}>
          {path ? "共有を停止する" : "共有リンクを発行する"}
        </PlanActionButton>
      </div>
    </section>
  );
}
