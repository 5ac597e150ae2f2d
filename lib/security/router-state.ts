import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";

/**
 * A client navigation names the segments it already shows in `Next-Router-State-Tree`; one Next
 * cannot parse is answered with a 500 ("The router state header was sent but could not be parsed").
 * Next keeps this header from proxy.ts, so server.ts checks it, with Next's own parser, so that
 * only what Next would accept goes through.
 */
export function isParsableRouterState(header: string | string[] | undefined | null): boolean {
  if (header === undefined || header === null) return true;
  try {
    parseAndValidateFlightRouterState(header);
    return true;
  } catch {
    return false;
  }
}
