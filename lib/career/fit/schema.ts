import { z } from "zod";

/** One click on a missing skill or certification: which listing, and which of its asks. */
export const addFitMilestoneSchema = z.object({
  listingId: z.uuid({ error: "求人が正しくありません。ページを再読み込みしてください。" }),
  kind: z.enum(["skill", "certification"], { error: "追加する項目を選び直してください。" }),
  name: z.string().trim().min(1, "追加する項目を選び直してください。").max(200, "追加する項目を選び直してください。"),
});
