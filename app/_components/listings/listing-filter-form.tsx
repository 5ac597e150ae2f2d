import type { ReactNode } from "react";
import { sortOrders, type ListingFilters } from "@/lib/listings/search/filters";
import { employmentTypes, industries, listingLevels, prefectures, workStyles } from "@/lib/listings/vocabulary";
import { pmoTypes } from "@/lib/pmo-types/data";
import { Button } from "../ui/button";

function Checkboxes({ legend, name, options, chosen }: { legend: string; name: string; options: [string, string][]; chosen: string[] }) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-bold">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map(([value, label]) => (
          <label key={value} className="inline-flex items-center gap-1.5 text-sm">
            <input type="checkbox" name={name} value={value} defaultChecked={chosen.includes(value)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-bold">
        {label}
      </label>
      {children}
    </div>
  );
}

const control = "w-full rounded-md border border-line bg-page px-2 py-1.5 text-sm";

/** A plain GET form: every search is a shareable URL and works without JavaScript. */
export function ListingFilterForm({ filters, activeCount }: { filters: ListingFilters; activeCount: number }) {
  return (
    <form action="/listings" method="get" role="search" aria-label="求人・案件の検索" className="space-y-4">
      <div className="flex gap-2">
        <label htmlFor="listing-q" className="sr-only">
          キーワード
        </label>
        <input
          id="listing-q"
          name="q"
          type="search"
          defaultValue={filters.q}
          maxLength={100}
          placeholder="キーワード（例: 金融 SAP 議事録）"
          className="min-w-0 flex-1 rounded-md border border-line bg-page px-3 py-2"
        />
        <Button type="submit" variant="primary" size="lg">
          検索
        </Button>
      </div>
      {/* Closed by default so results stay near the top on a phone; the chips below show what is set. */}
      <details className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
        <summary className="cursor-pointer font-bold">
          条件で絞り込む{activeCount > 0 && <span className="ml-2 text-sm font-normal text-ink-muted">（{activeCount}件指定中）</span>}
        </summary>
        <div className="mt-4 space-y-4">
          <Checkboxes legend="雇用形態" name="employment" options={Object.entries(employmentTypes)} chosen={filters.employment} />
          <Checkboxes legend="働き方" name="workStyle" options={Object.entries(workStyles)} chosen={filters.workStyle} />
          <Checkboxes legend="PMOタイプ" name="pmoType" options={pmoTypes.map((type) => [type.slug, type.name])} chosen={filters.pmoType} />
          <Checkboxes legend="レベル" name="level" options={Object.entries(listingLevels)} chosen={filters.level} />
          <Checkboxes legend="業界" name="industry" options={Object.entries(industries)} chosen={filters.industry} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Labelled id="listing-prefecture" label="勤務地（都道府県）">
              <select id="listing-prefecture" name="prefecture" defaultValue={filters.prefecture[0] ?? ""} className={control}>
                <option value="">指定なし</option>
                {prefectures.map((prefecture) => (
                  <option key={prefecture}>{prefecture}</option>
                ))}
              </select>
            </Labelled>
            <Labelled id="listing-max-days" label="週の稼働日数">
              <select id="listing-max-days" name="maxDays" defaultValue={filters.maxDays ?? ""} className={control}>
                <option value="">指定なし</option>
                {[1, 2, 3, 4, 5].map((days) => (
                  <option key={days} value={days}>
                    週{days}日以下
                  </option>
                ))}
              </select>
            </Labelled>
            <fieldset className="space-y-1">
              <legend className="text-sm font-bold">最低報酬（上限がこの額以上）</legend>
              <div className="flex items-center gap-2">
                <select name="payBasis" aria-label="報酬の単位" defaultValue={filters.payBasis} className="rounded-md border border-line bg-page px-2 py-1.5 text-sm">
                  <option value="annual">年収</option>
                  <option value="monthly">月額</option>
                </select>
                <input
                  name="minPay"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={10000}
                  aria-label="最低報酬（万円）"
                  defaultValue={filters.minPay ?? ""}
                  className="w-24 rounded-md border border-line bg-page px-2 py-1.5 text-sm"
                />
                <span className="text-sm">万円以上</span>
              </div>
            </fieldset>
            <Labelled id="listing-skill" label="スキル・資格">
              <input id="listing-skill" name="skill" defaultValue={filters.skill} maxLength={60} placeholder="例: SAP、JIRA、PMP" className={control} />
            </Labelled>
            <Labelled id="listing-posted" label="掲載日">
              <select id="listing-posted" name="postedWithin" defaultValue={filters.postedWithin ?? ""} className={control}>
                <option value="">指定なし</option>
                <option value="7">1週間以内</option>
                <option value="30">30日以内</option>
                <option value="90">90日以内</option>
              </select>
            </Labelled>
            <Labelled id="listing-sort" label="並び順">
              <select id="listing-sort" name="sort" defaultValue={filters.sort} className={control}>
                {Object.entries(sortOrders).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </Labelled>
          </div>
          <label className="inline-flex items-center gap-1.5 text-sm">
            <input type="checkbox" name="includeClosed" value="1" defaultChecked={filters.includeClosed} />
            募集終了の求人も表示する
          </label>
          <div>
            <Button type="submit" variant="primary" size="lg">
              この条件で検索
            </Button>
          </div>
        </div>
      </details>
    </form>
  );
}
