import type { Metadata } from "next";
import { CareerBackLink } from "@/app/_components/career/career-back-link";
import { ProfileForm } from "@/app/_components/career/profile-form";
import { requireUser } from "@/lib/auth/require-user";
import { getProfile } from "@/lib/career/queries";

export const metadata: Metadata = { title: "職務要約・自己PR", robots: { index: false } };

export default async function CareerProfilePage() {
  const user = await requireUser();
  const profile = await getProfile(user.id);
  return (
    <div className="space-y-4">
      <CareerBackLink />
      <h1 className="text-2xl font-bold">職務要約・自己PR</h1>
      <p className="text-sm">職務経歴書の案件以外の部分です。空の項目は書類に載りません。</p>
      <ProfileForm
        profile={{
          version: profile?.version ?? 0,
          fullName: profile?.fullName ?? "",
          sheetName: profile?.sheetName ?? "",
          summary: profile?.summary ?? "",
          strengths: profile?.strengths ?? "",
          otherQualifications: profile?.otherQualifications ?? "",
          selfPr: profile?.selfPr ?? "",
        }}
      />
    </div>
  );
}
