export function GuideSearchForm({ defaultValue }: { defaultValue?: string }) {
  return (
    <form action="/guides/search" method="get" role="search" className="flex gap-2">
      <label htmlFor="guide-search" className="sr-only">
        ガイドをキーワードで検索
      </label>
      <input
        id="guide-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="例: 議事録、年収、未経験"
        maxLength={100}
        className="min-w-0 flex-1 rounded-md border border-line bg-page px-3 py-2"
      />
      <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-ink">
        検索
      </button>
    </form>
  );
}
