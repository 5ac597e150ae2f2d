import { z } from "zod";

export const confirmIdentityByMailSchema = z.object({});
export const confirmIdentityByProviderSchema = z.object({ provider: z.string({ error: "本人確認に使うサービスを選んでください。" }).min(1, "本人確認に使うサービスを選んでください。") });
