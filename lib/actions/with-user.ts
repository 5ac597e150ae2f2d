import "server-only";
import type { z } from "zod";
import type { UserRole } from "@/db/schema";
import { auth } from "@/lib/auth";
import { validatedAction, type ActionState } from "./validated-action";

export type SignedInUser = { id: string; name?: string | null; email?: string | null; role: UserRole };

/** validatedAction for signed-in users only; the handler receives the user whose id scopes every query. */
export function validatedActionWithUser<Schema extends z.ZodType, Data = unknown>(
  schema: Schema,
  handler: (data: z.output<Schema>, user: SignedInUser, formData: FormData) => Promise<ActionState<Data>>,
) {
  return validatedAction<Schema, Data>(schema, async (data, formData) => {
    const session = await auth();
    if (!session?.user.id) return { error: "ログインの有効期限が切れました。もう一度ログインしてください。" };
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
