import Link from "next/link";
import type { Guide } from "@/lib/guides/content";
import { certificationNames } from "@/lib/certifications/slugs";
import { pathNames } from "@/lib/paths/slugs";
import { getPmoType } from "@/lib/pmo-types/data";

/** Where a reader can go after this guide: the self-check, PMO types, paths and certifications. */
export function NextSteps({ guide }: { guide: Guide }) {
  const types = guide.pmoTypes.map(getPmoType).filter((type) => type !== undefined);
  return (
    <section aria-labelledby="next-steps" className="space-y-3 rounded-[var(--radius-card)] border border-brand bg-brand-soft p-5">
      <h2 id="next-steps" className="text-lg font-bold">
        次の一歩
      </h2>
      <ul className="space-y-2 text-sm">
        <li>
          <Link href="/self-check" className="font-semibold text-brand underline">
            PMO適性セルフチェック
          </Link>
          で、向き不向きと合うPMOタイプを確かめる
        </li>
        {types.length > 0 && (
          <li>
            この記事に関係するPMOタイプ:{" "}
            {types.map((type, index) => (
              <span key={type.slug}>
                {index > 0 && "、"}
                <Link href={`/pmo-types#${type.slug}`} className="text-brand underline">
                  {type.name}
                </Link>
              </span>
            ))}
          </li>
        )}
        {types.length > 0 && (
          <li>
            求人・案件を見る:{" "}
            {types.map((type, index) => (
              <span key={type.slug}>
                {index > 0 && "、"}
                <Link href={`/listings?pmoType=${type.slug}`} className="text-brand underline">
                  {type.name}の求人
                </Link>
              </span>
            ))}
          </li>
        )}
        {guide.paths.length > 0 && (
          <li>
            関連するキャリアパス: <LinkList items={guide.paths.map((slug) => ({ href: `/paths/${slug}`, label: pathNames[slug] }))} />
          </li>
        )}
        {guide.certifications.length > 0 && (
          <li>
            関連する資格: <LinkList items={guide.certifications.map((slug) => ({ href: `/certifications/${slug}`, label: certificationNames[slug] }))} />
          </li>
        )}
      </ul>
    </section>
  );
}

function LinkList({ items }: { items: { href: string; label: string }[] }) {
  return items.map((item, index) => (
    <span key={item.href}>
      {index > 0 && "、"}
      <Link href={item.href} className="text-brand underline">
        {item.label}
      </Link>
    </span>
  ));
}
