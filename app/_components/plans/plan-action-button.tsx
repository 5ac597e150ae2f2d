"use client";

import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import type { PlanActionData } from "@/lib/plans/action-results";
import { ActionButton } from "../ui/action-button";
import type { ButtonVariant } from "../ui/button";
import { StaleReloadLink } from "./plan-result";

type Action = (state: ActionState<PlanActionData>, formData: FormData) => Promise<ActionState<PlanActionData>>;

interface PlanActionButtonProps {
  action: Action;
  planId: string;
  version: number;
  /** Extra hidden fields (a milestone id, a direction…). */
  fields?: Record<string, string>;
  children: ReactNode;
  /** The accessible name when the visible label is short (上へ → 「…」を上へ). */
  label?: string;
  variant?: ButtonVariant;
  disabled?: boolean;
}

/** One button that changes a plan, carrying the version the page was loaded with. */
export function PlanActionButton({ action, planId, version, fields = {}, ...button }: PlanActionButtonProps) {
  return <ActionButton action={action} fields={{ planId, version: String(version), ...fields }} onError={(state) => <StaleReloadLink state={state} planId={planId} />} {...button} />;
}
