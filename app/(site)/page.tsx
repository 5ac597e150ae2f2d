import Link from "next/link";

const entryPoints = [
  { href: "/guides", title: "未経験からPMOを目指す", text: "PMOの仕事内容と、最初の一歩の踏み出し方。" },
  { href: "/guides", title: "エンジニアからPMOへ", text: "開発経験を活かせるPMOの働き方と求人。" },
  { href: "/paths", title: "現役PMOの次の一歩", text: "PM・ITコンサル・PdMへのキャリアパスと資格。" },
  { href: "/listings", title: "フリーランス・副業PMO", text: "単価・リモート・週の稼働日数で案件を探す。" },
];

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold leading-snug sm:text-4xl">
          PMOのキャリアを、
          <br className="sm:hidden" />
          自分で設計する。
        </h1>
        <p className="max-w-2xl text-ink-muted">
          PMOの仕事内容・種類・向き不向き・キャリアパス・資格・年収までを解説するガイドと、PMOの求人・案件検索。
          登録すると、キャリアプランや資格の学習記録、気になる求人の応募状況をまとめて管理できます。
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-ink">
            無料で登録する
          </Link>
          <Link href="/guides" className="rounded-md border border-line px-4 py-2 font-semibold">
            ガイドを読む
          </Link>
        </div>
      </section>
      <section aria-labelledby="entry-points" className="space-y-4">
        <h2 id="entry-points" className="text-xl font-bold">
          あなたに合った入り口から
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {entryPoints.map((entry) => (
            <li key={entry.title}>
              <Link href={entry.href} className="block h-full rounded-[var(--radius-card)] border border-line bg-surface p-4 hover:border-brand">
                <span className="block font-semibold">{entry.title}</span>
                <span className="block text-sm text-ink-muted">{entry.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
