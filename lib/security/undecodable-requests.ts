/**
 * Whether a POST that Next would hand to a server action has a body Next can decode. Next answers
 * an undecodable one (`[`, `garbage`, an empty body) with a 500 (vercel/next.js#86945); proxy.ts
 * answers 400 instead, before the action handler sees it.
 * - With a `Next-Action` header: React sends either multipart form data (a FormData argument) or
 *   the encoded arguments as a JSON array.
 * - Without it, a form posted without JavaScript: multipart form data carrying `$ACTION_ID_…`.
 */
export async function isDecodableActionBody(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) {
      await request.clone().formData();
      return true;
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      await request.clone().formData();
      return true;
    }
    const text = await request.clone().text();
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

/** The POSTs Next treats as server action calls: a `Next-Action` header, or a form post to a page. */
export function looksLikeActionRequest(request: Request): boolean {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return true;
  const type = request.headers.get("content-type") ?? "";
  return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}
