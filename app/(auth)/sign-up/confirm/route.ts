import { CredentialsSignin } from "@auth/core/errors";
import { signIn } from "@/lib/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInUrl } from "@/lib/auth/sign-in-url";
import { redirectTo } from "@/lib/site/redirect";

export const dynamic = "force-dynamic";

/**
 * The link in the 仮登録 mail: completes the registration, signs the new account in (which also
 * carries over the visitor's waiting work) and goes on to where sign-up started.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  try {
    await signIn("sign-up-link", { token: url.searchParams.get("token") ?? "", redirect: false });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    const notice = error.code === "registered" ? "sign-up-registered" : "sign-up-link-expired";
    return redirectTo(`${signInUrl(null)}?notice=${notice}`);
  }
  const returnTo = safeReturnPath(url.searchParams.get("callbackUrl") ?? "/me");
  return redirectTo(returnTo === "/me" ? "/me?welcome=1" : returnTo);
}
