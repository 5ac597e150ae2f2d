import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { UserRole } from "@/db/schema";
import { auth } from "@/lib/auth";
import { keepPendingWork, type PendingWork } from "@/lib/auth/pending-work";
import { signInUrl } from "@/lib/auth/sign-in-url";
import { validatedAction, type ActionState } from "./validated-action";

export type SignedInUser = { id: string; name?: string | null; email?: string | null; role: UserRole };

const sessionExpired = { error: "ログインの有効期限が切れました。もう一度ログインしてください。" };

/** validatedAction for signed-in users only; the handler receives the user whose id scopes every query. */
export function validatedActionWithUser<Schema extends z.ZodType, Data = unknown>(
  schema: Schema,
  handler: (data: z.output<Schema>, user: SignedInUser, formData: FormData) => Promise<ActionState<Data>>,
) {
  return validatedAction<Schema, Data>(schema, async (data, formData) => {
    const session = await auth();
    if (!session?.user.id) return sessionExpired;
    return handler(data, session.user, formData);
  });
}

/** validatedActionWithUser for the admin role; anyone else is told the page does not exist. */
export function validatedActionWithAdmin<Schema extends z.ZodType, Data = unknown>(
  schema: Schema,
  handler: (data: z.output<Schema>, user: SignedInUser, formData: FormData) => Promise<ActionState<Data>>,
) {
  return validatedActionWithUser<Schema, Data>(schema, async (data, user, formData) => {
    if (user.role !== "admin") return { error: "この操作は管理者のみ行えます。" };
    return handler(data, user, formData);
  });
}

/** What a visitor's action leaves for after sign-in, and where they come back to. */
export interface VisitorHandoff {
  pending: PendingWork;
  returnTo: string;
  /** Sign-up rather than sign-in, where the visitor is most likely new (a self-check result). */
  page?: "/sign-in" | "/sign-up";
}

/**
 * For actions a visitor may start (bookmark, track a certification, keep a self-check result): a
 * signed-in user runs the handler; a visitor's work is kept (lib/auth/pending-work.ts) and they are
 * sent to sign in, after which it is done for them and they come back to `returnTo`.
 */
export function validatedActionForVisitor<Schema extends z.ZodType, Data = unknown>(
  schema: Schema,
  visitor: (data: z.output<Schema>) => Promise<VisitorHandoff | ActionState<Data>> | VisitorHandoff | ActionState<Data>,
  handler: (data: z.output<Schema>, user: SignedInUser, formData: FormData) => Promise<ActionState<Data>>,
) {
  return validatedAction<Schema, Data>(schema, async (data, formData) => {
    const session = await auth();
    if (session?.user.id) return handler(data, session.user, formData);
    const handoff = await visitor(data);
    if (!("pending" in handoff)) return handoff;
    await keepPendingWork(handoff.pending);
    redirect(signInUrl(handoff.returnTo, handoff.page));
  });
}
