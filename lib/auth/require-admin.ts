import "server-only";
import { notFound } from "next/navigation";
import { auth } from "./index";

/** Admin pages do not exist for anyone else: not signed in, or not an admin, is a 404. */
export async function requireAdmin() {
  const session = await auth();
  if (session?.user.role !== "admin") notFound();
  return session.user;
}
