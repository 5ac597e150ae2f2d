import { pduCategories } from "@/lib/certifications/tracking/vocabulary";
import type { RenewalRule } from "./types";

const education = ["ways_of_working", "power_skills", "business_acumen"];

/** PMI's Continuing Certification Requirements (CCR) for the PMP. */
export const pmpRenewalRule: RenewalRule = {
  certificationSlug: "pmp",
  unit: "PDU",
  unitStep: 0.25,
  cycleMonths: 36,
  total: 60,
  categories: { ...pduCategories },
  limits: [
    { id: "education", label: "Education（3分野の合計）", categories: education, min: 35 },
    { id: "ways_of_working", label: pduCategories.ways_of_working, categories: ["ways_of_working"], min: 8 },
    { id: "power_skills", label: pduCategories.power_skills, categories: ["power_skills"], min: 8 },
    { id: "business_acumen", label: pduCategories.business_acumen, categories: ["business_acumen"], min: 8 },
    { id: "giving_back", label: pduCategories.giving_back, categories: ["giving_back"], max: 25 },
  ],
  source: {
    label: "PMI Continuing Certification Requirements (CCR) Handbook",
    url: "https://www.pmi.org/-/media/pmi/documents/public/pdf/certifications/ccr-certification-requirements-handbook.pdf",
    checked: "2026-11-21",
  },
  uncertainties: [
    "サイクルの終了日は「合格日から3年後の前日」として計算しています。正確な期限はPMIのCCRS（更新申請システム）に表示される日付を確認してください。",
    "Giving Backのうち「実務者として働く（Working as a Practitioner）」には、これとは別に上限（8 PDU）があるとされますが、ここでは内訳を区別していません。",
    "3年目に取得した60 PDUを超える分の一部は次のサイクルへ持ち越せますが、この集計には含めていません。",
  ],
};
