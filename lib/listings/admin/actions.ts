"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { validatedActionWithAdmin } from "@/lib/actions/with-user";
import { listingImportRowSchema } from "../schema";
import { importListingFile, type ImportReport } from "../importer";
import { createListing, externalIdTaken, setListingOpen, updateListing } from "../queries";
import { toListingValues } from "../to-listing";

const idSchema = z.uuid({ error: "求人が見つかりませんでした。" });

/** Create (no id) or edit (hidden id) one listing, validated exactly like an imported row. */
export const saveListingAction = validatedActionWithAdmin(listingImportRowSchema, async (row, _admin, formData) => {
  const rawId = formData.get("id");
  const id = rawId ? idSchema.safeParse(rawId) : null;
  if (id && !id.success) return { error: "求人が見つかりませんでした。" };
  if (await externalIdTaken(row.external_id, id?.data)) {
    return { error: "入力内容を確認してください。", fieldErrors: { external_id: "このexternal_idは別の求人で使われています。" } };
  }
  const values = toListingValues(row, { source: "admin", isSample: false });
  const saved = id ? await updateListing(id.data, values) : await createListing(values);
  if (!saved) return { error: "求人が見つかりませんでした。" };
  revalidatePath("/admin/listings");
  redirect(`/admin/listings?saved=${saved.id}`);
});

export const toggleListingOpenAction = validatedActionWithAdmin(z.object({ id: idSchema, open: z.enum(["0", "1"]) }), async ({ id, open }) => {
  if (!(await setListingOpen(id, open === "1"))) return { error: "求人が見つかりませんでした。" };
  revalidatePath("/admin/listings");
  return { ok: true, message: open === "1" ? "募集を再開しました。" : "募集を終了しました（保存したユーザーのリストには残ります）。" };
});

const MAX_FILE_BYTES = 5 * 1024 * 1024;

const importSchema = z.object({
  file: z
    .instanceof(File, { message: "CSVまたはJSONファイルを選んでください。" })
    .refine((file) => file.size > 0, "ファイルが空です。")
    .refine((file) => file.size <= MAX_FILE_BYTES, "ファイルは5MBまでにしてください。"),
  source: z.string().trim().max(60).optional(),
  allowPartial: z.literal("1").optional(),
});

export const importListingsAction = validatedActionWithAdmin<typeof importSchema, ImportReport>(importSchema, async ({ file, source, allowPartial }) => {
  const report = await importListingFile(await getDb(), await file.text(), {
    fileName: file.name,
    source: source || file.name.replace(/\.(csv|json)$/i, ""),
    allowPartial: allowPartial === "1",
  });
  if (report.applied) revalidatePath("/admin/listings");
  return { ok: report.applied, data: report, ...(report.applied ? {} : { error: report.fileError ?? "問題のある行があるため、取り込みませんでした。" }) };
});
