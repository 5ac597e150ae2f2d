import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { ListingForm } from "@/app/_components/admin/listing-form";

export const metadata: Metadata = { title: "求人を作成" };

export default function NewListingPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">求人を作成</h1>
      <ListingForm newExternalId={`admin-${randomUUID().slice(0, 8)}`} />
    </div>
  );
}
