import { z } from "zod";
import { emailSchema, newPasswordSchema } from "../schema";

export const requestResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "再設定用のリンクが正しくありません。"),
  newPassword: newPasswordSchema,
});
