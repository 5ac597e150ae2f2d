import { auth } from "@/lib/auth";
import { withUserRoute } from "@/lib/auth/with-user-route";
import { confirmIdentityWithToken } from "@/lib/sessions/queries";
import { redirectTo } from "@/lib/site/redirect";

export const dynamic = "force-dynamic";

/** The 本人確認 link: it counts only in the session that asked for it (a copy elsewhere does nothing). */
export const GET = withUserRoute(async (request, user) => {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const confirmed = await confirmIdentityWithToken(user.id, (await auth())?.sessionId ?? "", token);
  return redirectTo(confirmed ? "/me/settings?done=identity#settings-delete" : "/me/settings?done=identity-link-invalid#settings-identity");
});
