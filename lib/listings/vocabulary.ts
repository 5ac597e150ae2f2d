// The controlled vocabularies of a listing: stored as the English keys (db/vocabulary.ts), shown with the Japanese labels.
import type { EmploymentType, Industry, ListingLevel, PayUnit, WorkStyle } from "@/db/vocabulary";

export type { EmploymentType, Industry, ListingLevel, PayUnit, WorkStyle } from "@/db/vocabulary";

export const employmentTypes = { "full-time": "正社員", contract: "契約社員", freelance: "フリーランス", "side-job": "副業" } as const satisfies Record<EmploymentType, string>;
export const listingLevels = { assistant: "アシスタント", member: "メンバー", lead: "リーダー", manager: "マネージャー" } as const satisfies Record<ListingLevel, string>;
export const workStyles = { "full-remote": "フルリモート", hybrid: "一部リモート", onsite: "常駐" } as const satisfies Record<WorkStyle, string>;
export const payUnits = { annual: "年収", monthly: "月額単価" } as const satisfies Record<PayUnit, string>;
export const industries = {
  it: "IT・通信",
  finance: "金融",
  insurance: "保険",
  manufacturing: "製造",
  retail: "流通・小売",
  public: "官公庁・公共",
  healthcare: "医療・ヘルスケア",
  consulting: "コンサルティング",
  energy: "エネルギー・インフラ",
  logistics: "物流・運輸",
} as const satisfies Record<Industry, string>;

export const prefectures = [
  "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県",
  "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県",
  "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
  "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
] as const;

export type Prefecture = (typeof prefectures)[number];

export const keysOf = <T extends Record<string, string>>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
