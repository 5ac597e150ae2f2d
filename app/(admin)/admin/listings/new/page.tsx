import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { ListingForm } from "@/app/_components/listings/admin/listing-form";
import { requireAdmin } from "@/lib/auth/require-admin";

export const metadata: Metadata = { title: "求人を作成" };

export default async function NewListingPage() {
  await requireAdmin();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">求人を作成</h1>
      <ListingForm newExternalId={`admin-${randomUUID().slice(0, 8)}`} />
    </div>
  );
}
