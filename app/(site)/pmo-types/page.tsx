import Link from "next/link";
import { PmoTypeExplorer } from "@/app/_components/pmo-types/pmo-type-explorer";
import { Breadcrumbs } from "@/app/_components/ui/breadcrumbs";
import { JsonLd } from "@/app/_components/ui/json-ld";
import { pageMetadata } from "@/lib/site/metadata";
import { breadcrumbListLd } from "@/lib/site/structured-data";

export const metadata = pageMetadata({
  title: "PMOの5つのタイプ比較",
  description: "支援型・管理型・戦略型・コーポレート・第三者評価。PMOの5つのタイプの役割、権限、範囲、向いている人、典型的なタスクを並べて比較し、やりたいことから自分に合うタイプを探せます。",
  path: "/pmo-types",
});

const crumbs = [
  { name: "ホーム", href: "/" },
  { name: "PMOの5つのタイプ", href: "/pmo-types" },
];

export default function PmoTypesPage() {
  return (
    <div className="space-y-8">
      <JsonLd data={breadcrumbListLd(crumbs)} />
      <div>
        <Breadcrumbs items={crumbs} />
        <h1 className="text-2xl font-bold sm:text-3xl">PMOの5つのタイプを比べる</h1>
        <p className="mt-2 text-ink-muted">
          同じ「PMO」でも、権限の強さと見ている範囲で仕事は大きく変わります。くわしい解説は
          <Link href="/guides/pmo-types" className="text-brand underline">
            5つのタイプのガイド
          </Link>
          をどうぞ。
        </p>
      </div>
      <PmoTypeExplorer />
      <p>
        質問に答えて自分に合うタイプを知りたい方は、
        <Link href="/self-check" className="font-semibold text-brand underline">
          PMO適性セルフチェック
        </Link>
        へ。
      </p>
    </div>
  );
}
