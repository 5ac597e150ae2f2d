import { z } from "zod";
import { emailSchema, nameSchema, newPasswordSchema, PASSWORD_MAX_LENGTH } from "../schema";

const currentPasswordSchema = z
  .string({ error: "現在のパスワードを入力してください。" })
  .min(1, "現在のパスワードを入力してください。")
  .max(PASSWORD_MAX_LENGTH);

export const changeNameSchema = z.object({ name: nameSchema });

/** Asked of accounts with a password; one without proves itself by 本人確認 instead (lib/account/confirm-identity.ts). */
const currentPasswordIfAny = z.string().max(PASSWORD_MAX_LENGTH).optional();

export const changeEmailSchema = z.object({ email: emailSchema, currentPassword: currentPasswordIfAny });

export const changePasswordSchema = z
  .object({ currentPassword: currentPasswordSchema, newPassword: newPasswordSchema })
  .refine((value) => value.currentPassword !== value.newPassword, {
    path: ["newPassword"],
    message: "新しいパスワードには、現在と違うものを指定してください。",
  });

export const sendConfirmationSchema = z.object({});

export const deleteAccountSchema = z.object({
  currentPassword: currentPasswordIfAny,
  confirm: z.literal("on", { error: "削除されるデータを確認し、チェックを入れてください。" }),
});
