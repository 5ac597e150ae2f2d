import { emailChangedMail } from "@/lib/account/email/mail";
import { confirmEmailToken } from "@/lib/account/email/queries";
import { looksLikeLinkToken } from "@/lib/account/link-token";
import { auth } from "@/lib/auth";
import { sendMailInBackground } from "@/lib/mail/send";
import { absoluteUrl } from "@/lib/site/config";
import { redirectTo } from "@/lib/site/redirect";

export const dynamic = "force-dynamic";

/** The link mailed to confirm an address: the current one, or the new one of an e-mail change. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token");
  const result = looksLikeLinkToken(token) ? await confirmEmailToken(token) : { kind: "expired" as const };
  if (result.kind === "changed") {
    await sendMailInBackground({ to: result.oldEmail, ...emailChangedMail(result.name, result.email, absoluteUrl(`/email/revert?token=${result.revertToken}`)) });
  }
  const signedIn = Boolean((await auth())?.user.id);
  const done = { confirmed: "email-confirmed", changed: "email-changed", taken: "email-taken", expired: "email-link-expired" }[result.kind];
  const target = signedIn ? `/me/settings?done=${done}` : `/sign-in?notice=${done === "email-changed" ? "email-confirmed" : done}`;
  return redirectTo(target);
}
