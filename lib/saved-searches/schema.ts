import { z } from "zod";

export const saveSearchSchema = z.object({
  name: z.string().trim().min(1, "検索条件に名前をつけてください。").max(40, "名前は40文字以内にしてください。"),
  query: z.string().max(2000),
});

export const deleteSavedSearchSchema = z.object({ id: z.uuid({ error: "保存した検索が見つかりませんでした。" }) });
