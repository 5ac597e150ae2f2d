import type { OAuthProviderId } from "@/lib/env";

/**
 * Whether the provider vouches that the user controls the e-mail address. Google says so in
 * `email_verified`; GitHub's profile gives the primary address with no such flag, so it never
 * counts as verified here (see "Sign-in providers" in the README).
 */
export function providerVerifiedEmail(provider: string, profile: Record<string, unknown> | undefined): boolean {
  if (provider === ("google" satisfies OAuthProviderId)) return profile?.email_verified === true;
  return false;
}

export const oauthProviderLabels: Record<OAuthProviderId, string> = { github: "GitHub", google: "Google" };
