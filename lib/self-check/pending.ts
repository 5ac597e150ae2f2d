import "server-only";
import { cookies } from "next/headers";
import { saveSelfCheckResult } from "./queries";
import { decodeAnswers, encodeAnswers, type Answers } from "./scoring";

// A result taken before signing up waits in this cookie and is saved to the account on sign-up or sign-in.
const PENDING_SELF_CHECK_COOKIE = "pmo_pending_self_check";

export async function keepPendingSelfCheck(answers: Answers): Promise<void> {
  (await cookies()).set(PENDING_SELF_CHECK_COOKIE, encodeAnswers(answers), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 24 * 60 * 60,
  });
}

export async function claimPendingSelfCheck(userId: string): Promise<void> {
  const jar = await cookies();
  const answers = decodeAnswers(jar.get(PENDING_SELF_CHECK_COOKIE)?.value);
  jar.delete(PENDING_SELF_CHECK_COOKIE);
  if (answers) await saveSelfCheckResult(userId, answers);
}
