import "server-only";
import { purgeExpiredBuckets } from "@/lib/rate-limit/queries";
import { purgeStalePendingSignUps } from "./sign-up/queries";

const HOUR_MS = 60 * 60 * 1000;

/** Forgets unconfirmed registrations older than a week and rate-limit buckets whose window ended. */
async function purgeStaleAccountData(): Promise<void> {
  await purgeStalePendingSignUps();
  await purgeExpiredBuckets();
}

/** Once at start-up and then every hour; several instances doing it too is harmless (plain DELETEs). */
export function schedulePurges(): void {
  const run = () => purgeStaleAccountData().catch((error: unknown) => console.error("Purging stale account data failed", error));
  void run();
  setInterval(run, HOUR_MS).unref();
}
