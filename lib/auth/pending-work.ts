import "server-only";
import { cookies } from "next/headers";
import { addBookmark } from "@/lib/bookmarks/queries";
import { getCertification } from "@/lib/certifications/catalogue";
import { trackCertification } from "@/lib/certifications/tracking/queries";
import { isUuid } from "@/lib/ids";
import { saveSelfCheckResult } from "@/lib/self-check/queries";
import { decodeAnswers, encodeAnswers, type Answers } from "@/lib/self-check/scoring";

/**
 * Work a visitor starts before having a session: a bookmark click, 「この資格を記録する」, a self-check
 * result. It waits in an httpOnly cookie and is done for the account right after it signs in, by any
 * way (lib/auth/index.ts `events.signIn`).
 */
export type PendingWork = { kind: "bookmark"; listingId: string } | { kind: "certification"; slug: string } | { kind: "self-check"; answers: Answers };

const cookieFor = {
  bookmark: { name: "pmo_pending_bookmark", maxAge: 60 * 60 },
  certification: { name: "pmo_pending_certification", maxAge: 60 * 60 },
  // A self-check result may wait for the confirmation mail of a sign-up.
  "self-check": { name: "pmo_pending_self_check", maxAge: 24 * 60 * 60 },
} as const;

function cookieValue(work: PendingWork): string {
  if (work.kind === "bookmark") return work.listingId;
  if (work.kind === "certification") return work.slug;
  return encodeAnswers(work.answers);
}

export async function keepPendingWork(work: PendingWork): Promise<void> {
  const { name, maxAge } = cookieFor[work.kind];
  (await cookies()).set(name, cookieValue(work), { httpOnly: true, sameSite: "lax", path: "/", maxAge });
}

/** Does every piece of waiting work for the user who just signed in, and forgets it. */
export async function claimPendingWork(userId: string): Promise<void> {
  const jar = await cookies();
  const read = (kind: PendingWork["kind"]) => {
    const value = jar.get(cookieFor[kind].name)?.value;
    if (value !== undefined) jar.delete(cookieFor[kind].name);
    return value;
  };
  const answers = decodeAnswers(read("self-check"));
  if (answers) await saveSelfCheckResult(userId, answers);
  const listingId = read("bookmark");
  if (listingId && isUuid(listingId)) await addBookmark(userId, listingId);
  const slug = read("certification");
  if (slug && (await getCertification(slug))) await trackCertification(userId, slug);
}
