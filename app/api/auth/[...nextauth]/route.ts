import { handlers } from "@/lib/auth";
import { onPublicOrigin } from "@/lib/auth/public-origin";

export const GET = onPublicOrigin(handlers.GET);
export const POST = onPublicOrigin(handlers.POST);
