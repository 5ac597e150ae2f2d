import { describe, expect, it } from "vitest";
import { ANONYMOUS_ACTION_BODY_LIMIT, anonymousBodyDecision, bodyExceeds } from "@/lib/security/action-body-limit";

const anonymousAction = { isAction: true };

describe("anonymous server action body limit", () => {
  it("refuses an anonymous action that declares more than 64 KB, and allows up to 64 KB", () => {
    expect(ANONYMOUS_ACTION_BODY_LIMIT).toBe(65_536);
    expect(anonymousBodyDecision({ ...anonymousAction, contentLength: "65537" })).toBe("refuse");
    expect(anonymousBodyDecision({ ...anonymousAction, contentLength: "6000000" })).toBe("refuse");
    expect(anonymousBodyDecision({ ...anonymousAction, contentLength: "65536" })).toBe("allow");
    expect(anonymousBodyDecision({ ...anonymousAction, contentLength: "0" })).toBe("allow");
  });

  it("measures the body when no usable Content-Length is declared", () => {
    expect(anonymousBodyDecision({ ...anonymousAction, contentLength: null })).toBe("measure");
    expect(anonymousBodyDecision({ ...anonymousAction, contentLength: "12, 12" })).toBe("measure");
  });

  it("leaves requests that are not server actions to Next's own limit", () => {
    expect(anonymousBodyDecision({ isAction: false, contentLength: "6000000" })).toBe("allow");
    expect(anonymousBodyDecision({ isAction: false, contentLength: null })).toBe("allow");
  });

  it("tells a body over the limit by reading at most one chunk past it", async () => {
    const streamed = (chunks: number, size: number) => {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === chunks) return controller.close();
          sent += 1;
          controller.enqueue(new Uint8Array(size));
        },
      });
      return { request: new Request("http://localhost/", { method: "POST", body, duplex: "half" } as RequestInit), sent: () => sent };
    };
    const huge = streamed(10_000, 16_384);
    expect(await bodyExceeds(huge.request)).toBe(true);
    expect(huge.sent()).toBeLessThan(10);
    expect(await bodyExceeds(streamed(4, 16_384).request)).toBe(false);
    expect(await bodyExceeds(streamed(5, 16_384).request)).toBe(true);
    expect(await bodyExceeds(new Request("http://localhost/", { method: "POST" }))).toBe(false);
  });
});
