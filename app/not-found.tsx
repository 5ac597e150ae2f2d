import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4 py-12 text-center">
      <p className="text-sm font-semibold text-brand">404</p>
      <h1 className="text-2xl font-bold">ページが見つかりませんでした</h1>
      <p className="text-ink-muted">URLが間違っているか、ページが移動・削除された可能性があります。</p>
      <p>
        <Link href="/" className="text-brand underline">
          トップページへ戻る
        </Link>
      </p>
    </div>
  );
}
