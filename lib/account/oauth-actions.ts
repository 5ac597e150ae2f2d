"use server";

import { signIn } from "@/lib/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { oauthProviders } from "@/lib/env";

/** Starts a GitHub or Google sign-in; only providers that are configured are accepted. */
export async function signInWithOAuth(formData: FormData): Promise<void> {
  const provider = oauthProviders().find(({ id }) => id === formData.get("provider"));
  if (!provider) return;
  await signIn(provider.id, { redirectTo: safeReturnPath(formData.get("callbackUrl")) });
}
