import "server-only";
import { cookies } from "next/headers";
import { getCertification } from "./catalogue";
import { trackCertification } from "./queries";

// An anonymous visitor's "この資格を記録する" waits here until they sign in, then the certification is tracked.
const PENDING_TRACK_COOKIE = "pmo_pending_certification";

export async function keepPendingTrack(slug: string): Promise<void> {
  (await cookies()).set(PENDING_TRACK_COOKIE, slug, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 });
}

export async function claimPendingTrack(userId: string): Promise<void> {
  const jar = await cookies();
  const slug = jar.get(PENDING_TRACK_COOKIE)?.value;
  jar.delete(PENDING_TRACK_COOKIE);
  if (slug && (await getCertification(slug))) await trackCertification(userId, slug);
}
