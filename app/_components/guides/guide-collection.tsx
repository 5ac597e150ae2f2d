import type { Guide } from "@/lib/guides/content";
import type { GuideCategory } from "@/lib/guides/schema";
import { Breadcrumbs } from "../ui/breadcrumbs";
import { GuideBrowseNav } from "./guide-browse-nav";
import { GuideGrid } from "./guide-card";

/** A category's or a tag's guides: breadcrumbs, heading, the browse chips and the cards. */
export function GuideCollection({
  heading,
  href,
  all,
  shown,
  current,
}: {
  heading: string;
  href: string;
  all: Guide[];
  shown: Guide[];
  current: { category?: GuideCategory; tag?: string };
}) {
  return (
    <div className="space-y-8">
      <div>
        <Breadcrumbs
          items={[
            { name: "ホーム", href: "/" },
            { name: "ガイド", href: "/guides" },
            { name: heading, href },
          ]}
        />
        <h1 className="text-2xl font-bold">{heading}</h1>
      </div>
      <GuideBrowseNav guides={all} current={current} />
      <GuideGrid guides={shown.map((guide) => ({ guide }))} />
    </div>
  );
}
