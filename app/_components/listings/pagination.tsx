import Link from "next/link";

/** Previous / next and a few page numbers around the current one; every link is a plain URL. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const item = "inline-flex min-w-10 justify-center rounded-md border border-line px-3 py-1.5 text-sm";
  return (
    <nav aria-label="ページ送り" className="flex flex-wrap items-center justify-center gap-2">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className={item} rel="prev">
          前へ
        </Link>
      )}
      {numbers.map((number, index) => (
        <span key={number} className="contents">
          {index > 0 && number - numbers[index - 1]! > 1 && <span aria-hidden="true">…</span>}
          {number === page ? (
            <span aria-current="page" className={`${item} border-brand bg-brand font-bold text-brand-ink`}>
              {number}
            </span>
          ) : (
            <Link href={hrefFor(number)} className={item} aria-label={`${number}ページ目`}>
              {number}
            </Link>
          )}
        </span>
      ))}
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className={item} rel="next">
          次へ
        </Link>
      )}
    </nav>
  );
}
