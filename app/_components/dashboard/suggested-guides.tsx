import Link from "next/link";
import { getSuggestionSignals } from "@/lib/dashboard/queries";
import { suggestGuides } from "@/lib/dashboard/suggest-guides";
import { getGuides } from "@/lib/guides/content";
import { TitledSection } from "../ui/titled-section";

export async function SuggestedGuides({ userId }: { userId: string }) {
  const [guides, signals] = await Promise.all([getGuides(), getSuggestionSignals(userId)]);
  const suggested = suggestGuides(guides, signals);
  return (
    <TitledSection id="dashboard-guides" title="おすすめのガイド">
      {!signals.bestType && <p className="text-sm text-ink-muted">セルフチェックに回答すると、あなたに合ったガイドをおすすめします。</p>}
      {suggested.length === 0 ? (
        <p className="text-sm">おすすめのガイドはすべて読み終えています。</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {suggested.map((guide) => (
            <li key={guide.slug}>
              <Link href={`/guides/${guide.slug}`} className="font-semibold text-brand underline">
                {guide.title}
              </Link>
              <span className="block text-ink-muted">{guide.description}</span>
            </li>
          ))}
        </ul>
      )}
    </TitledSection>
  );
}
