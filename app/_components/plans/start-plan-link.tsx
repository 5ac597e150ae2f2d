import Link from "next/link";
import { buttonClasses } from "../ui/button";

/** Opens plan creation pre-filled from a path; a visitor who is not signed in signs in first and comes back here. */
export function StartPlanLink({ pathSlug, pathTitle }: { pathSlug: string; pathTitle?: string }) {
  return (
    <Link href={`/me/plans/new?path=${pathSlug}`} className={buttonClasses({ variant: "primary", size: "lg" })} aria-label={pathTitle ? `「${pathTitle}」でプランを作る` : undefined}>
      このパスでプランを作る
    </Link>
  );
}
