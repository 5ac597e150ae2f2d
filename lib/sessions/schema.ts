import { z } from "zod";

export const endSessionSchema = z.object({ sessionId: z.string().trim().min(1, "端末を選んでください。") });
export const endOtherSessionsSchema = z.object({});
