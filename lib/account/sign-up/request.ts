import "server-only";
import { sendMailInBackground } from "@/lib/mail/send";
import { signUpRules, type Decision } from "@/lib/rate-limit/policy";
import { consumeRateLimit } from "@/lib/rate-limit/queries";
import { absoluteUrl } from "@/lib/site/config";
import { hashPassword, verifyAgainstDecoy } from "../password";
import { alreadyRegisteredMail, confirmSignUpMail } from "./mail";
import { isRegistered, renewPendingSignUpLink, savePendingSignUp } from "./queries";

const signUpLink = (token: string, returnTo?: string) =>
  absoluteUrl(`/sign-up/confirm?token=${token}${returnTo && returnTo !== "/me" ? `&callbackUrl=${encodeURIComponent(returnTo)}` : ""}`);

function limitsFor(email: string, ip: string) {
  return consumeRateLimit([
    { rule: signUpRules.perEmail, subject: email },
    { rule: signUpRules.perIp, subject: ip },
  ]);
}

/** A registered address's owner hears of the attempt; nothing about the account changes. */
async function tellOwner(email: string): Promise<void> {
  await sendMailInBackground({ to: email, ...alreadyRegisteredMail(absoluteUrl("/sign-in"), absoluteUrl("/reset-password")) });
}

/**
 * 仮登録. The answer is the same for a new and a registered address (so addresses cannot be listed
 * through this form), and nothing is hashed before the limits per address and per IP pass. A new
 * address gets a confirmation link; a registered one's owner gets a notice. Both paths spend one
 * argon2 hash, so they also take the same time.
 */
export async function requestSignUp(input: { name: string; email: string; password: string; returnTo?: string }, ip: string): Promise<Decision> {
  const decision = await limitsFor(input.email, ip);
  if (!decision.allowed) return decision;
  if (await isRegistered(input.email)) {
    await verifyAgainstDecoy(input.password);
    await tellOwner(input.email);
    return decision;
  }
  const token = await savePendingSignUp({ name: input.name, email: input.email, passwordHash: await hashPassword(input.password) });
  await sendMailInBackground({ to: input.email, ...confirmSignUpMail(input.name, signUpLink(token, input.returnTo)) });
  return decision;
}

/** 確認メールの再送: a fresh link for a waiting registration, the owner's notice for a registered address, nothing otherwise. */
export async function resendSignUpConfirmation(email: string, ip: string): Promise<Decision> {
  const decision = await limitsFor(email, ip);
  if (!decision.allowed) return decision;
  if (await isRegistered(email)) {
    await tellOwner(email);
    return decision;
  }
  const renewed = await renewPendingSignUpLink(email);
  if (renewed) await sendMailInBackground({ to: email, ...confirmSignUpMail(renewed.name, signUpLink(renewed.token)) });
  return decision;
}
