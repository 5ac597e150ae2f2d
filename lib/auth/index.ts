import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { getSessionUser } from "@/lib/account/queries";
import { authSecret } from "@/lib/env";
import { authorizeWithPassword } from "./authorize";
import "./types";

// Configured lazily so that `next build` never needs AUTH_SECRET or a database.
const nextAuth = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  // Credentials sign-in always issues a JWT; sessionVersion in the token makes it revocable.
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: authorizeWithPassword,
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        return token;
      }
      // Checked on every request: a deleted user or a bumped sessionVersion ends the session.
      const current = token.sub ? await getSessionUser(token.sub) : null;
      if (!current || current.sessionVersion !== token.sessionVersion) return null;
      return { ...token, name: current.name, email: current.email, role: current.role };
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role ?? "user";
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
