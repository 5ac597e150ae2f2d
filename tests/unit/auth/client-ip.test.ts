import { describe, expect, it } from "vitest";
import { addressBucket, clientIp, resolveClientAddress } from "@/lib/auth/client-ip";

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever the client writes in X-Forwarded-For", () => {
    expect(resolveClientAddress("1.2.3.4", "198.51.100.7", 0)).toBe("198.51.100.7");
    expect(resolveClientAddress(undefined, "198.51.100.7", 0)).toBe("198.51.100.7");
  });

  it("is the entry the outermost trusted proxy appended, not one the client wrote", () => {
    // client → nginx (appends the client) → app: nginx is the socket peer.
    expect(resolveClientAddress("203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
    expect(resolveClientAddress("6.6.6.6, 203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
    // client → CDN → nginx → app
    expect(resolveClientAddress("6.6.6.6, 203.0.113.9, 10.0.0.1", "10.0.0.2", 2)).toBe("203.0.113.9");
    expect(resolveClientAddress(["6.6.6.6", "203.0.113.9"], "10.0.0.2", 1)).toBe("203.0.113.9");
  });

  it("falls back to the farthest address when the chain is shorter than the trusted proxies", () => {
    expect(resolveClientAddress(undefined, "10.0.0.2", 2)).toBe("10.0.0.2");
  });

  it("counts IPv6 by its /64 and IPv4-mapped addresses as IPv4", () => {
    expect(addressBucket("2001:db8:abcd:12:1:2:3:4")).toBe("2001:db8:abcd:12::/64");
    expect(addressBucket("2001:0db8:abcd:0012::ffff")).toBe("2001:db8:abcd:12::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("::ffff:203.0.113.5")).toBe("203.0.113.5");
    expect(addressBucket("203.0.113.5")).toBe("203.0.113.5");
  });

  it("inside the app is the one address server.ts left in the header", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8:abcd:12::99" }))).toBe("2001:db8:abcd:12::/64");
    expect(clientIp(new Headers())).toBe("unknown");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.8" }))).toBe("unknown");
  });
});
