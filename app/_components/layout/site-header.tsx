import Link from "next/link";
import { AccountLink } from "./account-link";
import { ThemeToggle } from "./theme-toggle";

const navigation = [
  { href: "/guides", label: "ガイド" },
  { href: "/paths", label: "キャリアパス" },
  { href: "/certifications", label: "資格" },
  { href: "/listings", label: "求人・案件" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-page">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto text-lg font-bold text-ink no-underline">
          PMO<span className="text-brand">キャリアガイド</span>
        </Link>
        <nav aria-label="メインメニュー" className="order-last w-full overflow-x-auto sm:order-none sm:w-auto">
          <ul className="flex gap-4 whitespace-nowrap text-sm">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-ink hover:text-brand">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2">
          <ThemeToggle />
          <AccountLink />
        </div>
      </div>
    </header>
  );
}
