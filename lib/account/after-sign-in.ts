import "server-only";
import { claimPendingBookmark } from "@/lib/bookmarks/pending";
import { claimPendingTrack } from "@/lib/certifications/pending-track";
import { claimPendingSelfCheck } from "@/lib/self-check/pending";

/** Work a visitor started before having a session, carried over to the account that just signed in. */
export async function carryOverAnonymousWork(userId: string): Promise<void> {
  await claimPendingSelfCheck(userId);
  await claimPendingBookmark(userId);
  await claimPendingTrack(userId);
}
