"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/actions/with-user";
import { listingFiltersToQuery, parseListingFilters, rawParamsFromQuery } from "@/lib/listings/search/filters";
import { limitMessages } from "@/lib/limits/vocabulary";
import { createSavedSearch, deleteSavedSearch } from "./queries";
import { deleteSavedSearchSchema, saveSearchSchema } from "./schema";

export const saveSearchAction = validatedActionWithUser(saveSearchSchema, async ({ name, query }, user) => {
  // Stored in canonical form, so a hand-edited URL cannot smuggle anything else in.
  const canonical = listingFiltersToQuery({ ...parseListingFilters(rawParamsFromQuery(query)), page: 1 });
  const saved = await createSavedSearch(user.id, name, canonical);
  if (!saved) return { error: limitMessages.savedSearches };
  revalidatePath("/me/searches");
  return { ok: true, message: `「${name}」を保存しました。新着はマイページの「保存した検索」で確認できます。` };
});

export const removeSavedSearchAction = validatedActionWithUser(deleteSavedSearchSchema, async ({ id }, user) => {
  if (!(await deleteSavedSearch(user.id, id))) return { error: "保存した検索が見つかりませんでした。" };
  revalidatePath("/me/searches");
  return { ok: true, message: "削除しました。" };
});
