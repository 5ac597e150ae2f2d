import { describe, expect, it } from "vitest";
import { isParsableRouterState } from "@/lib/security/router-state";
import { isDecodableActionBody, looksLikeActionRequest } from "@/lib/security/undecodable-requests";

const post = (body: BodyInit | null, headers: Record<string, string>) => new Request("http://localhost/me/settings", { method: "POST", body, headers });

describe("server action bodies", () => {
  it("accepts what React sends: encoded arguments as a JSON array, or form data", async () => {
    expect(await isDecodableActionBody(post('["$K1"]', { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" }))).toBe(true);
    const form = new FormData();
    form.set("name", "佐藤");
    const multipart = new Request("http://localhost/me/settings", { method: "POST", body: form, headers: { "next-action": "abc" } });
    expect(await isDecodableActionBody(multipart)).toBe(true);
  });

  it("refuses what Next would answer with a 500", async () => {
    for (const body of ["[", "garbage", "", '{"a":1}']) {
      expect(await isDecodableActionBody(post(body, { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" })), JSON.stringify(body)).toBe(false);
    }
    expect(await isDecodableActionBody(post("garbage", { "next-action": "abc", "content-type": "multipart/form-data; boundary=x" }))).toBe(false);
  });

  it("tells action posts from other requests", () => {
    expect(looksLikeActionRequest(post("[]", { "next-action": "abc" }))).toBe(true);
    expect(looksLikeActionRequest(post("a=1", { "content-type": "application/x-www-form-urlencoded" }))).toBe(true);
    expect(looksLikeActionRequest(new Request("http://localhost/me", { headers: { "next-action": "abc" } }))).toBe(false);
    expect(looksLikeActionRequest(post("{}", { "content-type": "application/json" }))).toBe(false);
  });
});

describe("router state headers", () => {
  it("accepts the tree a client navigation sends, and requests without one", () => {
    expect(isParsableRouterState(encodeURIComponent(JSON.stringify(["", { children: ["guides", {}] }])))).toBe(true);
    expect(isParsableRouterState(undefined)).toBe(true);
  });

  it("refuses one Next would answer with a 500", () => {
    for (const tree of ["garbage", "%E0%A4%A", encodeURIComponent("[1]"), encodeURIComponent(JSON.stringify(["", {}, null, null, true]))]) {
      expect(isParsableRouterState(tree), tree).toBe(false);
    }
  });
});
