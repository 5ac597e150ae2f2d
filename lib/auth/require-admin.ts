import "server-only";
import { notFound } from "next/navigation";
import { auth } from "./index";

/**
 * Admin pages do not exist for anyone else: not signed in, or not an admin, is a 404. Every admin
 * page calls this itself, not only the layout: a client navigation (an RSC request) that says the
 * admin layout is already mounted renders the page without the layout (tests/unit/auth/admin-checks.test.ts).
 */
export async function requireAdmin() {
  const session = await auth();
  if (session?.user.role !== "admin") notFound();
  return session.user;
}
