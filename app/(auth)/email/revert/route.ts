import { revertEmailChange } from "@/lib/account/email/queries";
import { looksLikeLinkToken } from "@/lib/account/link-token";
import { redirectTo } from "@/lib/site/redirect";

export const dynamic = "force-dynamic";

/** The link mailed to the old address after an e-mail change: puts it back and ends every session. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token");
  const result = looksLikeLinkToken(token) ? await revertEmailChange(token) : null;
  const notice = !result ? "email-link-expired" : "kind" in result ? "email-taken" : "email-reverted";
  return redirectTo(`/sign-in?notice=${notice}`);
}
