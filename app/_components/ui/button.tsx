import type { ButtonHTMLAttributes, Ref } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "danger-solid" | "outline";
export type ButtonSize = "xs" | "sm" | "md" | "lg";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand font-semibold text-brand-ink hover:opacity-90",
  secondary: "border border-line bg-page hover:border-brand",
  outline: "border border-brand font-semibold text-brand",
  danger: "border border-danger text-danger hover:bg-danger-soft",
  "danger-solid": "bg-danger font-semibold text-page",
};

const sizes: Record<ButtonSize, string> = {
  xs: "px-2 py-1 text-xs",
  sm: "px-2 py-1 text-sm",
  md: "px-3 py-1.5 text-sm",
  lg: "px-4 py-2",
};

export interface ButtonLook {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** As wide as its container (the submit button of a single-column form). */
  wide?: boolean;
}

/** The classes of a button, for a link or download that should look like one. */
export function buttonClasses({ variant = "secondary", size = "md", wide = false }: ButtonLook = {}): string {
  return `${wide ? "block w-full" : "inline-block"} rounded-md text-center disabled:opacity-60 ${variants[variant]} ${sizes[size]}`;
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & ButtonLook & { ref?: Ref<HTMLButtonElement> };

/** Every button of the site: one look per variant and size. Defaults to type="button", so only a submit button submits. */
export function Button({ variant, size, wide, className, type = "button", ...button }: ButtonProps) {
  return <button type={type} className={`${buttonClasses({ variant, size, wide })}${className ? ` ${className}` : ""}`} {...button} />;
}
