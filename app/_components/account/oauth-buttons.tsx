import { signInWithOAuthAction } from "@/lib/account/actions";
import { oauthProviderLabels } from "@/lib/auth/oauth-policy";
import { oauthProviders } from "@/lib/env";
import { Button } from "@/app/_components/ui/button";

/** GitHub / Google buttons, shown only for providers whose client id and secret are set. */
export function OAuthButtons({ callbackUrl }: { callbackUrl?: string }) {
  const providers = oauthProviders();
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-2 border-t border-line pt-6">
      <p className="text-sm text-ink-muted">または</p>
      {providers.map(({ id }) => (
        <form key={id} action={signInWithOAuthAction}>
          <input type="hidden" name="provider" value={id} />
          {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
          <Button type="submit" size="lg" wide>
            {oauthProviderLabels[id]}でログイン
          </Button>
        </form>
      ))}
    </div>
  );
}
