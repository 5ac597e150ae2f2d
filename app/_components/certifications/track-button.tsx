"use client";

import { trackCertificationAction } from "@/lib/certifications/tracking/actions";
import { ActionButton } from "../ui/action-button";

/** "この資格を記録する": signed-in users land on their new record; visitors sign in first and come back to it. */
export function TrackButton({ slug, label = "この資格を記録する" }: { slug: string; label?: string }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <ActionButton action={trackCertificationAction} fields={{ slug }} variant="primary" size="lg">
        {label}
      </ActionButton>
    </div>
  );
}
