"use server";

import { z } from "zod";
import { validatedActionForVisitor } from "@/lib/actions/with-user";
import { saveSelfCheckResult } from "./queries";
import { decodeAnswers, encodeAnswers } from "./scoring";

const saveSchema = z.object({
  answers: z.string().transform((value, context) => {
    const answers = decodeAnswers(value);
    if (!answers) context.addIssue({ code: "custom", message: "回答が不完全です。もう一度セルフチェックに回答してください。" });
    return answers ?? [];
  }),
});

export const saveSelfCheckAction = validatedActionForVisitor(
  saveSchema,
  // Kept until the visitor has an account; sign-up (or sign-in) saves it and brings them back here.
  ({ answers }) => ({ pending: { kind: "self-check", answers }, returnTo: `/self-check/result?a=${encodeAnswers(answers)}`, page: "/sign-up" }),
  async ({ answers }, user) => {
    await saveSelfCheckResult(user.id, answers);
    return { ok: true, message: "結果をマイページに保存しました。" };
  },
);
