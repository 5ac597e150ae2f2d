import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { cache } from "react";
import { authSecret, oauthProviders } from "@/lib/env";
import { afterSignIn } from "./after-sign-in";
import { authorizeWithPassword } from "./authorize";
import { findLinkedUserId, resolveOAuthUser } from "./queries";
import { endTokenSession, renewToken, tokenForSignIn } from "./session-token";
import { authorizeWithSignUpLink } from "./sign-up-link";
import { providerVerifiedEmail } from "./oauth-policy";
import "./types";

// Configured lazily so that `next build` never needs AUTH_SECRET or a database.
const nextAuth = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  // Credentials sign-in always issues a JWT; sessionVersion and the server-side session row it names make it revocable.
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: authorizeWithPassword,
    }),
    Credentials({ id: "sign-up-link", credentials: { token: { type: "text" } }, authorize: authorizeWithSignUpLink }),
    // Only the providers whose client id and secret are configured (lib/env.ts).
    ...oauthProviders().map(({ id, clientId, clientSecret, issuer }) => (id === "github" ? GitHub({ clientId, clientSecret }) : Google({ clientId, clientSecret, ...(issuer ? { issuer } : {}) }))),
  ],
  events: {
    async signIn({ user, account }) {
      // A provider sign-in's user id is the provider's; ours is found through oauth_accounts.
      const userId = account && account.type !== "credentials" ? await findLinkedUserId(account.provider, account.providerAccountId) : user.id;
      if (userId) await afterSignIn(userId);
    },
    async signOut(message) {
      await endTokenSession("token" in message ? message.token : null);
    },
  },
  callbacks: {
    async signIn({ account, profile, user }) {
      if (account?.type !== "oauth" && account?.type !== "oidc") return true;
      const resolution = await resolveOAuthUser({
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        email: user.email,
        name: user.name,
        emailVerified: providerVerifiedEmail(account.provider, profile),
      });
      return resolution.kind === "refused" ? `/sign-in?notice=oauth-${resolution.reason}` : true;
    },
    async jwt({ token, user, account }) {
      if (user && account && account.type !== "credentials") {
        // A provider sign-in: the token's subject is our user, found through oauth_accounts.
        const userId = await findLinkedUserId(account.provider, account.providerAccountId);
        return userId ? tokenForSignIn(token, userId) : null;
      }
      if (user?.id) return tokenForSignIn(token, user.id);
      return renewToken(token);
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role ?? "user";
      session.sessionId = token.sessionId ?? "";
      return session;
    },
  },
  logger: {
    error(error) {
      // A wrong password is not a server error.
      if ("type" in error && error.type === "CredentialsSignin") return;
      console.error(error);
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;

/** The signed-in user's session, or null; read once per request. */
export const auth = cache(() => nextAuth.auth());
