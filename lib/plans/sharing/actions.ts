"use server";

import { validatedActionWithUser } from "@/lib/actions/with-user";
import { afterChange } from "../action-results";
import { sharingSchema } from "../schema";
import { enableSharing, revokeSharing } from "./queries";

export const setSharingAction = validatedActionWithUser(sharingSchema, async ({ planId, version, sharing }, user) =>
  sharing === "on"
    ? afterChange(await enableSharing(user.id, planId, version), planId, "共有リンクを発行しました。リンクを知っている人は、メモを除いたプランを閲覧できます。")
    : afterChange(await revokeSharing(user.id, planId, version), planId, "共有を停止しました。これまでのリンクは使えなくなりました。"),
);
