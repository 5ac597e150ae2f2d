import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export const emailSchema = z
  .string({ error: "メールアドレスを入力してください。" })
  .trim()
  .toLowerCase()
  .min(1, "メールアドレスを入力してください。")
  .max(254, "メールアドレスが長すぎます。")
  .pipe(z.email("メールアドレスの形式が正しくありません。"));

export const newPasswordSchema = z
  .string({ error: "パスワードを入力してください。" })
  .min(PASSWORD_MIN_LENGTH, `パスワードは${PASSWORD_MIN_LENGTH}文字以上にしてください。`)
  .max(PASSWORD_MAX_LENGTH, `パスワードは${PASSWORD_MAX_LENGTH}文字以内にしてください。`)
  .refine((password) => !isCommonPassword(password), {
    message: "このパスワードはよく使われていて推測されやすいため使えません。別のパスワードにしてください。",
  });

export const nameSchema = z
  .string({ error: "お名前を入力してください。" })
  .trim()
  .min(1, "お名前を入力してください。")
  .max(50, "お名前は50文字以内にしてください。");

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  callbackUrl: z.string().optional(),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "パスワードを入力してください。" }).min(1, "パスワードを入力してください。").max(PASSWORD_MAX_LENGTH),
  callbackUrl: z.string().optional(),
});

export const resendSignUpSchema = z.object({ email: emailSchema });
