import Link from "next/link";

export function CareerBackLink() {
  return (
    <p className="text-sm">
      <Link href="/me/career" className="text-brand underline">
        職務経歴
      </Link>
    </p>
  );
}
