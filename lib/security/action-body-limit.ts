/**
 * Anonymous server action bodies are capped far below next.config.ts's 6 MB `bodySizeLimit` (which
 * the signed-in admin import needs): no public form sends more than a few kilobytes, and without a
 * cap any visitor could make the server hold 6 MB per request. proxy.ts answers 413 from the
 * declared Content-Length, or by reading at most one byte past the cap when none is declared.
 */
export const ANONYMOUS_ACTION_BODY_LIMIT = 64 * 1024;

export interface BodyRequestFacts {
  isAction: boolean;
  /** The Content-Length header as sent, or null when there is none (a chunked body). */
  contentLength: string | null;
}

/**
 * For a visitor's request: "allow" or "refuse" from the headers alone; "measure" when the body must be
 * read (up to the cap) to know. proxy.ts lets a signed-in user's request through before refusing.
 */
export function anonymousBodyDecision(facts: BodyRequestFacts, limit = ANONYMOUS_ACTION_BODY_LIMIT): "allow" | "refuse" | "measure" {
  if (!facts.isAction) return "allow";
  if (facts.contentLength === null || !/^\d+$/.test(facts.contentLength.trim())) return "measure";
  return Number(facts.contentLength) > limit ? "refuse" : "allow";
}

/** Whether a body is longer than `limit` bytes, reading no more than limit + 1 of them from a copy. */
export async function bodyExceeds(request: Request, limit = ANONYMOUS_ACTION_BODY_LIMIT): Promise<boolean> {
  const reader = request.clone().body?.getReader();
  if (!reader) return false;
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      read += value.byteLength;
      if (read > limit) return true;
    }
  } finally {
    // Not awaited: cancelling one branch of a cloned (teed) body settles only once the other is cancelled too.
    reader.cancel().catch(() => {});
  }
}
