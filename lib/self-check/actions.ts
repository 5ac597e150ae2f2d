"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { auth } from "@/lib/auth";
import { keepPendingSelfCheck } from "./pending";
import { saveSelfCheckResult } from "./queries";
import { decodeAnswers, encodeAnswers } from "./scoring";

const saveSchema = z.object({
  answers: z.string().transform((value, context) => {
    const answers = decodeAnswers(value);
    if (!answers) context.addIssue({ code: "custom", message: "回答が不完全です。もう一度セルフチェックに回答してください。" });
    return answers ?? [];
  }),
});

export const saveSelfCheck = validatedAction(saveSchema, async ({ answers }) => {
  const resultPath = `/self-check/result?a=${encodeAnswers(answers)}`;
  const session = await auth();
  if (session?.user.id) {
    await saveSelfCheckResult(session.user.id, answers);
    return { ok: true, message: "結果をマイページに保存しました。" };
  }
  // Kept until the visitor has an account; sign-up (or sign-in) saves it and brings them back here.
  await keepPendingSelfCheck(answers);
  redirect(`/sign-up?callbackUrl=${encodeURIComponent(resultPath)}`);
});
