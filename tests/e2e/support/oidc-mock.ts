/** Port of the local OpenID provider tests/e2e/oauth.spec.ts starts in place of Google. */
export const oidcMockPort = Number(process.env.E2E_OIDC_PORT ?? 3199);
