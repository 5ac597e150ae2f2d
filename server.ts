/**
 * The production server: Next's request handler behind a plain Node HTTP server, so that the
 * client's address cannot be forged (and a malformed router state header is a 400, not Next's 500). Next fills X-Forwarded-For only when a request has none, so
 * behind `next start` a client chooses the address its sign-in attempts are counted against. Here
 * the header is always overwritten with the address resolved from the socket and TRUSTED_PROXY_HOPS
 * (lib/auth/client-ip.ts). Usage: `npm start [-- -p 3000 -H 0.0.0.0]`.
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";

(process.env as Record<string, string>).NODE_ENV = "production";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
// Imported after NODE_ENV is set: Next reads it when it loads.
const { default: next } = await import("next");
const { readEnv } = await import("./lib/env");
const { resolveClientAddress } = await import("./lib/auth/client-ip");
const { isParsableRouterState } = await import("./lib/security/router-state");

const env = readEnv();
const port = Number(values.port ?? env.PORT ?? 3000);
const hostname = values.hostname ?? env.HOSTNAME ?? "0.0.0.0";
const trustedHops = env.TRUSTED_PROXY_HOPS;
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers["x-forwarded-for"] = resolveClientAddress(request.headers["x-forwarded-for"], request.socket.remoteAddress, trustedHops);
  // Next answers a router state header it cannot parse with a 500, and proxy.ts never sees the header.
  if (!isParsableRouterState(request.headers["next-router-state-tree"])) {
    response.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("リクエストの内容を読み取れませんでした。");
    return;
  }
  void handle(request, response);
});

server.listen(port, hostname, () => {
  console.log(`PMOキャリアガイド: http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (trusted proxies: ${trustedHops})`);
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    // db/client.ts closes the embedded database on SIGTERM; give it a moment, then leave.
    setTimeout(() => process.exit(0), 500);
  });
}
