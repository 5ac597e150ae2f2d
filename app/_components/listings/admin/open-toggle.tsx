"use client";

import { toggleListingOpenAction } from "@/lib/listings/admin/actions";
import { ActionButton } from "@/app/_components/ui/action-button";

export function OpenToggle({ id, isOpen, title }: { id: string; isOpen: boolean; title: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ActionButton action={toggleListingOpenAction} fields={{ id, open: isOpen ? "0" : "1" }} size="xs" label={`${title}を${isOpen ? "募集終了にする" : "募集再開する"}`}>
        {isOpen ? "募集終了にする" : "募集再開"}
      </ActionButton>
    </div>
  );
}
