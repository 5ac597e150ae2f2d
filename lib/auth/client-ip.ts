/**
 * Client addresses for rate limits. X-Forwarded-For is written by whoever sent the request, so only
 * the entries added by proxies we run can be believed: server.ts resolves the client's address from
 * TRUSTED_PROXY_HOPS and the socket, and overwrites the header with that one address before Next
 * sees the request (Next itself only fills the header when it is missing).
 */

/**
 * The client's address, given `trustedHops` proxies of ours in front: the socket's peer is the
 * nearest proxy, and each proxy appended the peer it saw, so the client is `trustedHops` entries
 * from the right of X-Forwarded-For followed by the socket address. With no trusted proxy it is the
 * socket's peer, whatever the header says.
 */
export function resolveClientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedHops: number): string {
  const socket = socketAddress ?? "unknown";
  if (trustedHops <= 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [
    ...header
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    socket,
  ];
  // Fewer entries than proxies: the request skipped one of them; the farthest address is all we have.
  return chain[chain.length - 1 - trustedHops] ?? chain[0]!;
}

/** The address server.ts left in X-Forwarded-For, as the subject of a rate-limit bucket. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const address = forwarded?.split(",").at(-1)?.trim();
  return address ? addressBucket(address) : "unknown";
}

/**
 * IPv4 addresses count one by one; IPv6 by their /64, the block one subscriber usually gets (so
 * rotating through a home's addresses does not reset the count). IPv4-mapped IPv6 is IPv4.
 */
export function addressBucket(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, "").replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(":")) return bare;
  const groups = expandIpv6(bare);
  if (!groups) return bare;
  return `${groups.slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] | null {
  const [head = "", tail, ...rest] = address.split("::");
  if (rest.length > 0) return null;
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...Array<string>(missing).fill("0"), ...right];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return groups.map((group) => group.replace(/^0+(?=.)/, ""));
}
