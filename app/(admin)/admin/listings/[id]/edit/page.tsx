import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingForm } from "@/app/_components/listings/admin/listing-form";
import { getListing } from "@/lib/listings/queries";
import { requireAdmin } from "@/lib/auth/require-admin";

export const metadata: Metadata = { title: "求人を編集" };

export default async function EditListingPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const listing = await getListing((await params).id);
  if (!listing) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">求人を編集</h1>
      <ListingForm listing={listing} newExternalId={listing.externalId} />
    </div>
  );
}
