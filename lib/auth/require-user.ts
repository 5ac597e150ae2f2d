import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./index";
import { signInUrl } from "./sign-in-url";

/** The signed-in user, or a redirect to sign-in that comes back to the page asked for. */
export async function requireUser() {
  const session = await auth();
  if (session?.user.id) return session.user;
  redirect(signInUrl((await headers()).get("x-return-to") ?? "/me"));
}
