"use client";

import Link from "next/link";
import { useState } from "react";
import { interestLabels, interestSlugs, pmoTypes, type InterestSlug } from "@/lib/pmo-types/data";

/** The five types side by side; choosing what one enjoys marks the types that match. */
export function PmoTypeExplorer() {
  const [chosen, setChosen] = useState<InterestSlug[]>([]);
  const toggle = (interest: InterestSlug) =>
    setChosen((current) => (current.includes(interest) ? current.filter((item) => item !== interest) : [...current, interest]));

  const matchesOf = (interests: InterestSlug[]) => interests.filter((item) => chosen.includes(item)).length;
  const ranked = pmoTypes
    .map((type) => ({ type, matches: matchesOf(type.interests) }))
    .filter(({ matches }) => matches > 0)
    .sort((a, b) => b.matches - a.matches);

  return (
    <div className="space-y-6">
      <fieldset className="space-y-3 rounded-[var(--radius-card)] border border-line bg-surface p-4">
        <legend className="px-1 font-bold">やってみたいこと・得意なことを選んでください（複数可）</legend>
        <div className="flex flex-wrap gap-2">
          {interestSlugs.map((interest) => (
            <button
              key={interest}
              type="button"
              aria-pressed={chosen.includes(interest)}
              onClick={() => toggle(interest)}
              className="rounded-full border border-line px-3 py-1 text-sm aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-brand-ink"
            >
              {interestLabels[interest]}
            </button>
          ))}
        </div>
        <p role="status" className="text-sm">
          {ranked.length === 0
            ? "選ぶと、合いそうなタイプに印がつきます。"
            : `合いそうなタイプ: ${ranked.map(({ type, matches }) => `${type.name}（${matches}項目一致）`).join("、")}`}
        </p>
      </fieldset>
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {pmoTypes.map((type) => {
          const match = chosen.length === 0 ? undefined : matchesOf(type.interests) > 0;
          return (
            <li
              key={type.slug}
              id={type.slug}
              className={`scroll-mt-4 rounded-[var(--radius-card)] border bg-page p-5 ${
                match === true ? "border-2 border-brand" : match === false ? "border-dashed border-line" : "border-line"
              }`}
            >
              <h2 className="text-lg font-bold">
                {type.name}
                {match && <span className="ml-2 rounded-full bg-brand px-2 py-0.5 align-middle text-xs text-brand-ink">合いそう</span>}
              </h2>
              <p className="mt-2 text-sm">{type.summary}</p>
              <dl className="mt-3 space-y-2 text-sm">
                <Row term="権限">{type.authority}</Row>
                <Row term="見ている範囲">{type.scope}</Row>
                <Row term="向いている人">{type.suits}</Row>
                <Row term="典型的なタスク">
                  <ul className="list-disc pl-5">
                    {type.tasks.map((task) => (
                      <li key={task}>{task}</li>
                    ))}
                  </ul>
                </Row>
                <Row term="こんなことが好きな人に">{type.interests.map((interest) => interestLabels[interest]).join("・")}</Row>
              </dl>
              <p className="mt-3 text-sm">
                <Link href={`/guides/pmo-types#${encodeURIComponent(type.guideAnchor)}`} className="text-brand underline">
                  {type.name}をくわしく読む
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-semibold text-ink-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
