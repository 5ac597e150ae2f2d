"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonLook } from "./button";

/** A form's submit button: disabled, with a label that says so, while the form is being sent. */
export function SubmitButton({ children, pendingLabel, variant = "primary", size = "lg", wide = true, label }: ButtonLook & { children: ReactNode; pendingLabel?: string; label?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} size={size} wide={wide} disabled={pending} aria-disabled={pending} aria-label={label}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
