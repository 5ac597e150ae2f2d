import type { NextRequest } from "next/server";
import { siteUrl } from "@/lib/site/config";

type Handler = (request: NextRequest) => Promise<Response>;

/**
 * Auth.js builds the links it sends browsers to (the OAuth callback, the redirect after it) from the
 * request's URL, and Next gives route handlers a URL on "localhost" whatever the Host was. So the
 * request is handed over on the public origin, SITE_URL. (A NextRequest made from another keeps
 * the old URL, hence a plain Request; Auth.js reads only its URL, headers and body.)
 */
export function onPublicOrigin(handler: Handler): Handler {
  return (request) => {
    const url = new URL(request.url);
    const onSite = new URL(`${url.pathname}${url.search}`, siteUrl());
    return handler(new Request(onSite, request) as NextRequest);
  };
}
