"use client";

import { useState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";

type Pin = { version: number; since: ActionState<unknown> };

/**
 * The version a form with typed fields sends: the plan's version at the moment the user started
 * editing, not whatever the page shows when they press save. If the plan changed in between
 * (another tab, or another control on this page), the save is refused instead of overwriting.
 * A successful save of this form releases the pin.
 */
export function usePinnedVersion(version: number, state: ActionState<unknown>) {
  const [pin, setPin] = useState<Pin | null>(null);
  const active = (candidate: Pin | null): candidate is Pin => candidate !== null && !(candidate.since !== state && state.ok);
  return {
    version: active(pin) ? pin.version : version,
    onChange: () => setPin((current) => (active(current) ? current : { version, since: state })),
  };
}
