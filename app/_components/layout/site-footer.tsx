import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 text-sm text-ink-muted sm:grid-cols-3">
        <div>
          <p className="font-semibold text-ink">PMOキャリアガイド</p>
          <p>PMOとして働く人、これから目指す人のためのキャリア情報サイトです。</p>
        </div>
        <nav aria-label="フッターメニュー">
          <ul className="space-y-1">
            <li><Link href="/guides" className="hover:text-brand">ガイド一覧</Link></li>
            <li><Link href="/listings" className="hover:text-brand">求人・案件を探す</Link></li>
            <li><Link href="/tools/pay" className="hover:text-brand">単価・年収・手取りの計算</Link></li>
            <li><Link href="/me" className="hover:text-brand">マイページ</Link></li>
          </ul>
        </nav>
        <p>掲載している求人・案件はサンプルデータを含みます。応募の前に必ず募集元の最新情報をご確認ください。</p>
      </div>
    </footer>
  );
}
