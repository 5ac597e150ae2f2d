import "server-only";
import { auth } from "./index";
import { signInUrl } from "./sign-in-url";
import type { SignedInUser } from "@/lib/actions/with-user";
import { redirectTo } from "@/lib/site/redirect";

/**
 * A route handler for signed-in users. Without a session every such route answers the same way: a
 * redirect to sign-in that comes back to `returnTo` (the route itself unless given), so a download
 * link opened after the session ended still ends where the user meant to go.
 */
export function withUserRoute<Context>(
  handler: (request: Request, user: SignedInUser, context: Context) => Promise<Response>,
  options: { returnTo?: (request: Request, context: Context) => string | Promise<string> } = {},
) {
  return async (request: Request, context: Context): Promise<Response> => {
    const session = await auth();
    if (session?.user.id) return handler(request, session.user, context);
    const url = new URL(request.url);
    const returnTo = options.returnTo ? await options.returnTo(request, context) : `${url.pathname}${url.search}`;
    return redirectTo(signInUrl(returnTo));
  };
}
