import type { DefaultSession } from "next-auth";
import type { UserRole } from "@/db/schema";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: UserRole } & DefaultSession["user"];
    /** The server-side session row (sessions table) this sign-in is. */
    sessionId: string;
  }
  interface User {
    role?: UserRole;
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: UserRole;
    sessionVersion?: number;
    sessionId?: string;
  }
}
