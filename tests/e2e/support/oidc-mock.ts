import { OAuth2Server } from "oauth2-mock-server";

/** Port of the local OpenID provider that stands in for Google (AUTH_GOOGLE_ISSUER in playwright.config.ts). */
export const oidcMockPort = Number(process.env.E2E_OIDC_PORT ?? 3199);

/** Starts the stand-in for Google; `claims` are what its next ID token says about the user. */
export async function startMockGoogle(): Promise<{ claims: Record<string, unknown>; stop: () => Promise<void> }> {
  const provider = new OAuth2Server();
  const state = { claims: {} as Record<string, unknown>, stop: () => provider.stop() };
  await provider.issuer.keys.generate("RS256");
  provider.service.on("beforeTokenSigning", (token) => Object.assign(token.payload, state.claims));
  await provider.start(oidcMockPort, "127.0.0.1");
  // As Auth.js reads AUTH_GOOGLE_ISSUER: the origin with its trailing slash.
  provider.issuer.url = `http://127.0.0.1:${oidcMockPort}/`;
  return state;
}
