import type { Source, UnverifiedFact } from "@/lib/content/sources";
import { formatJapaneseDate } from "@/lib/site/dates";

/** The pages a content item's facts come from, each linked, with the facts it supports and the day it was checked. */
export function SourceList({ sources, unverified = [] }: { sources: Source[]; unverified?: UnverifiedFact[] }) {
  return (
    <div className="space-y-3 text-sm">
      <ul className="space-y-1">
        {sources.map((source) => (
          <li key={source.url + source.label}>
            <a href={source.url} className="break-all text-brand underline" rel="noopener noreferrer">
              {source.label}
            </a>
            （{source.facts.join("・")}、{formatJapaneseDate(source.checked)}確認）
          </li>
        ))}
      </ul>
      {unverified.length > 0 && (
        <div>
          <p className="font-semibold">未確認の項目</p>
          <ul className="list-disc space-y-1 pl-5">
            {unverified.map((item) => (
              <li key={item.fact}>
                未確認：{item.fact}（{item.note}。{formatJapaneseDate(item.checked)}時点）
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
