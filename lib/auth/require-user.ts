import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./index";

/** The signed-in user, or a redirect to sign-in that comes back to the page asked for. */
export async function requireUser() {
  const session = await auth();
  if (session?.user.id) return session.user;
  const returnTo = (await headers()).get("x-return-to") ?? "/me";
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
}
