/** Words the calculator's form, URL and results share. Keys are what the URL carries. */
export const consumptionMethods = {
  exempt: "免税事業者（インボイス未登録）",
  twoTenths: "インボイス登録・2割特例",
  simplified: "インボイス登録・簡易課税",
  standard: "インボイス登録・本則課税",
} as const;
export type ConsumptionMethod = keyof typeof consumptionMethods;

export const blueReturnOptions = {
  "65": "青色申告（65万円控除：複式簿記＋e-Taxか電子帳簿保存）",
  "55": "青色申告（55万円控除：複式簿記・書面提出）",
  "10": "青色申告（10万円控除）",
  "0": "白色申告（控除なし）",
} as const;
export type BlueReturn = keyof typeof blueReturnOptions;

export const ageBands = { under40: "40歳未満", "40to64": "40〜64歳（介護保険料がかかる）" } as const;
export type AgeBand = keyof typeof ageBands;

export const municipalityOptions = { tokyo23: "東京23区（統一保険料率の区）", ichikawa: "千葉県市川市" } as const;

export const rateBases = { ex: "税抜", in: "税込" } as const;
export type RateBasis = keyof typeof rateBases;

export const workModes = { days: "週の稼働日数で指定", util: "稼働率（％）で指定" } as const;
export type WorkMode = keyof typeof workModes;

/** 週5日を月20日とする: the convention agencies price a full-time month by. */
export const DAYS_PER_MONTH_FULL_TIME = 20;
export const FULL_TIME_DAYS_PER_WEEK = 5;
