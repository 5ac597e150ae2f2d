import "server-only";
import { withUserRoute } from "@/lib/auth/with-user-route";
import { isSameOriginRequest } from "@/lib/security/same-origin";
import { loadCareerRecord, type LoadedRecord } from "../record";

export const documentFiles = {
  "resume-md": { name: "職務経歴書", ascii: "resume", extension: "md", type: "text/markdown; charset=utf-8" },
  "resume-docx": { name: "職務経歴書", ascii: "resume", extension: "docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  "skill-sheet-xlsx": { name: "スキルシート", ascii: "skill-sheet", extension: "xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
} as const;

/**
 * A route handler that answers with a document made from the signed-in user's own record, the
 * projects chosen by the query string. A request from another site gets 403 (it would carry the
 * user's cookies but must not read their record).
 */
export function careerDownload(file: keyof typeof documentFiles, render: (loaded: LoadedRecord) => Promise<string | Buffer> | string | Buffer) {
  const { name, ascii, extension, type } = documentFiles[file];
  const handler = withUserRoute(
    async (request, user) => {
      const loaded = await loadCareerRecord(user.id, new URL(request.url).searchParams);
      const body = await render(loaded);
      const date = loaded.record.asOf;
      return new Response(typeof body === "string" ? body : new Uint8Array(body), {
        headers: {
          "Content-Type": type,
          // An ASCII name for old clients and the Japanese one (RFC 6266 / 5987) for the rest.
          "Content-Disposition": `attachment; filename="${ascii}-${date}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${name}_${date}.${extension}`)}`,
          "Cache-Control": "private, no-store",
        },
      });
    },
    { returnTo: () => "/me/career/documents" },
  );
  return async (request: Request, context: unknown) => {
    if (!isSameOriginRequest(request.headers, request.url)) return new Response("Forbidden", { status: 403 });
    return handler(request, context);
  };
}
