"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { validatedActionWithUser } from "@/lib/actions/with-user";
import { auth } from "@/lib/auth";
import { endOtherSessions, endSession } from "./queries";
import { endOtherSessionsSchema, endSessionSchema } from "./schema";

const currentSessionId = async () => (await auth())?.sessionId ?? "";

/** Ends one of the user's other sessions; that device is signed out on its next request. */
export const endSessionAction = validatedActionWithUser(endSessionSchema, async ({ sessionId }, user) => {
  if (sessionId === (await currentSessionId())) return { error: "この端末からログアウトするには、画面上部の「ログアウト」を使ってください。" };
  if (!(await endSession(user.id, sessionId))) return { error: "この端末のログインは見つかりませんでした。すでにログアウトしている可能性があります。" };
  revalidatePath("/me/settings");
  // The ended device leaves the list (and its form with it), so the page itself says what happened.
  redirect("/me/settings?done=device");
});

export const endOtherSessionsAction = validatedActionWithUser(endOtherSessionsSchema, async (_, user) => {
  const current = await currentSessionId();
  if (!current) return { error: "ログインの有効期限が切れました。もう一度ログインしてください。" };
  await endOtherSessions(user.id, current);
  revalidatePath("/me/settings");
  redirect("/me/settings?done=devices");
});
