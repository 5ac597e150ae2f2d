import { NextResponse } from "next/server";
import { revertEmailChange } from "@/lib/account/email/queries";
import { looksLikeLinkToken } from "@/lib/account/link-token";

export const dynamic = "force-dynamic";

/** The link mailed to the old address after an e-mail change: puts it back and ends every session. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token");
  const result = looksLikeLinkToken(token) ? await revertEmailChange(token) : null;
  const notice = !result ? "email-link-expired" : "kind" in result ? "email-taken" : "email-reverted";
  return NextResponse.redirect(new URL(`/sign-in?notice=${notice}`, request.url), 303);
}
