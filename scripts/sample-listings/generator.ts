// Deterministic generator of fictional PMO listings (jobs and freelance / side-job 案件).
// Used for the sample data file and for benchmarks (100,000+ rows), so it is pure, seeded and fast.
import type { ListingImportRow } from "@/lib/listings/schema";
import { type EmploymentType, type Industry, type ListingLevel, type WorkStyle, prefectures } from "@/lib/listings/vocabulary";
import type { PmoTypeSlug } from "@/lib/pmo-types/data";

type Random = () => number;
type Weighted<T> = readonly (readonly [T, number])[];

/** mulberry32: a tiny 32-bit PRNG; the same seed always gives the same sequence. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick: empty list");
  return item;
}

/** Inclusive integer range. */
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const chance = (random: Random, probability: number) => random() < probability;

/** Up to `count` distinct items, in random order (partial Fisher–Yates on a copy). */
function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = items.slice();
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = between(random, i, copy.length - 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}

/** Builds a weighted chooser once, so each draw is a short scan. */
function weighted<T>(table: Weighted<T>): (random: Random) => T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => {
    let roll = random() * total;
    for (const [value, weight] of table) if ((roll -= weight) < 0) return value;
    return pick(random, table)[0];
  };
}

interface IndustryText {
  /** [short name for titles, longer phrase for descriptions]; the longer one always holds the industry's search word (金融/銀行/証券, 保険, 製造…). */
  clients: readonly (readonly [string, string])[];
  projects: readonly string[];
  skills: readonly string[];
  /** Company-name endings for a user company of this industry (empty: SIer or consulting instead). */
  companyWords: readonly string[];
}

const industryText: Record<Industry, IndustryText> = {
  finance: {
    clients: [["メガバンク", "大手都市銀行"], ["地方銀行", "地方銀行グループ"], ["ネット銀行", "ネット専業銀行"], ["大手証券会社", "大手証券会社"], ["ネット証券", "ネット専業の証券会社"], ["信託銀行", "信託銀行"], ["大手金融グループ", "カード事業も持つ金融グループ"]],
    projects: ["勘定系システム更改", "インターネットバンキング刷新", "融資業務システム再構築", "マネロン対策システム導入", "市場系システムクラウド移行", "決済基盤更改"],
    skills: ["金融系プロジェクト経験", "銀行業務の基礎知識", "証券業務の知識", "勘定系システムの知識"],
    companyWords: ["フィナンシャル", "証券", "銀行"],
  },
  insurance: {
    clients: [["大手損保", "大手損害保険会社"], ["大手生保", "大手生命保険会社"], ["損害保険グループ", "損害保険グループ"], ["ネット生保", "ネット専業の生命保険会社"], ["外資系保険会社", "外資系の保険会社"]],
    projects: ["基幹システム刷新", "保険金支払システム再構築", "契約管理システム統合", "代理店システムのクラウド移行", "保険料計算エンジン刷新"],
    skills: ["保険業務の知識", "損保・生保系プロジェクト経験"],
    companyWords: ["損害保険", "生命保険", "インシュアランス"],
  },
  manufacturing: {
    clients: [["製造業", "産業機械の製造会社"], ["大手自動車メーカー", "自動車部品も製造する大手メーカー"], ["電機メーカー", "国内大手の電機製造グループ"], ["化学メーカー", "化学品の製造メーカー"], ["食品メーカー", "食品製造の大手企業"], ["精密機器メーカー", "精密機器の製造会社"]],
    projects: ["SAP導入", "生産管理システム刷新", "工場IoT基盤構築", "グローバルERP統合", "サプライチェーン可視化", "品質管理システム再構築"],
    skills: ["SAP導入経験", "製造業の業務知識", "生産管理の知識"],
    companyWords: ["工業", "製作所", "エレクトロニクス"],
  },
  it: {
    clients: [["大手通信キャリア", "大手通信キャリア"], ["SaaS企業", "急成長中のSaaS企業"], ["大手SIer", "独立系の大手SIer"], ["データセンター事業者", "国内大手のデータセンター事業者"]],
    projects: ["5Gコア網構築", "顧客管理基盤のクラウド移行", "社内基盤マイクロサービス化", "大規模ネットワーク更改", "請求システム刷新"],
    skills: ["クラウド（AWS/Azure）の基礎知識", "アジャイル開発の理解", "ネットワークの基礎知識"],
    companyWords: ["コミュニケーションズ", "ネットワークス"],
  },
  retail: {
    clients: [["大手小売", "全国に店舗を持つ小売企業"], ["流通大手", "大手流通グループ"], ["EC運営企業", "EC事業を拡大中の小売企業"], ["ドラッグストアチェーン", "ドラッグストアチェーン"], ["アパレル企業", "アパレルの製造小売企業"]],
    projects: ["POSシステム刷新", "EC基盤リニューアル", "会員アプリ統合", "店舗在庫管理システム導入", "基幹システムのSaaS移行"],
    skills: ["流通・小売業の業務知識", "EC・POS領域の経験"],
    companyWords: ["リテイル", "ストアーズ", "商事"],
  },
  public: {
    clients: [["官公庁", "中央官庁"], ["中央省庁", "中央省庁"], ["地方自治体", "県庁"], ["独立行政法人", "独立行政法人"], ["政令市", "政令指定都市"]],
    projects: ["システム更改", "ガバメントクラウド移行", "基幹業務システム標準化", "電子申請システム構築", "情報連携基盤構築"],
    skills: ["公共系プロジェクト経験", "調達仕様書の読解経験"],
    companyWords: [],
  },
  healthcare: {
    clients: [["大学病院", "大学病院"], ["医療法人", "複数の病院を運営する医療法人"], ["製薬会社", "大手製薬会社"], ["ヘルスケア企業", "ヘルスケアサービス企業"]],
    projects: ["基幹システム統合", "治験データ管理システム導入", "オンライン診療サービス立ち上げ", "医療データ基盤構築"],
    skills: ["医療・ヘルスケア領域の経験", "医療情報システムの知識"],
    companyWords: ["メディカル", "ヘルスケア"],
  },
  consulting: {
    clients: [["外資系コンサルファーム", "外資系コンサルティングファーム"], ["総合コンサルファーム", "総合系コンサルティングファーム"], ["ITコンサル会社", "ITコンサルティング会社"]],
    projects: ["DX推進支援", "業務改革（BPR）", "IT戦略策定支援", "PMI（M&A後の統合）"],
    skills: ["コンサルティングファームでの経験", "PowerPointでの提案資料作成"],
    companyWords: [],
  },
  energy: {
    clients: [["電力会社", "大手電力会社"], ["ガス会社", "都市ガス事業者"], ["再エネ事業者", "再生可能エネルギー事業者"], ["鉄道会社", "大手鉄道会社"]],
    projects: ["料金システム刷新", "スマートメーター関連システム構築", "発電所保守システム更改", "顧客管理システム統合"],
    skills: ["電力・ガス業界の業務知識", "インフラ系プロジェクト経験"],
    companyWords: ["エナジー", "電力"],
  },
  logistics: {
    clients: [["大手物流", "大手物流会社"], ["運送会社", "全国展開の運送会社"], ["倉庫会社", "倉庫・物流サービス企業"], ["航空貨物会社", "航空貨物を扱う運輸会社"]],
    projects: ["倉庫管理システム（WMS）刷新", "配送管理システム導入", "輸配送最適化", "基幹物流システム更改"],
    skills: ["物流業界の業務知識", "WMS・TMSの導入経験"],
    companyWords: ["ロジスティクス", "運輸"],
  },
};

interface PmoTypeText {
  /** Role names for titles; a bare "PMO" gets `tag` appended. */
  roles: readonly string[];
  tag: string;
  /** Title subjects replacing the industry project (strategy / corporate work is not one system). */
  subjects?: readonly string[];
  duties: readonly string[];
}

const pmoTypeText: Record<PmoTypeSlug, PmoTypeText> = {
  support: {
    roles: ["PMO", "PMO事務局", "PMO"],
    tag: "（支援型）",
    duties: ["定例会議の準備と議事録作成", "進捗報告資料の作成", "課題管理表の更新", "メンバーからの問い合わせ対応", "会議体の日程調整", "ドキュメントの版管理"],
  },
  management: {
    roles: ["PMO", "管理型PMO", "PMO"],
    tag: "（管理型）",
    duties: ["WBSによる進捗管理", "課題・リスク管理の運用", "ベンダーコントロール", "品質指標の集計と分析", "変更管理の運用", "ステアリングコミッティの運営"],
  },
  strategy: {
    roles: ["戦略PMO", "経営企画PMO", "PMO"],
    tag: "（戦略型）",
    subjects: ["DX投資ポートフォリオ管理", "中期経営計画の施策推進", "IT投資の優先順位付け", "全社変革プログラム"],
    duties: ["案件の優先順位付け", "投資対効果の評価", "経営会議向け資料の作成", "ポートフォリオ全体のモニタリング", "中期計画との整合確認"],
  },
  corporate: {
    roles: ["コーポレートPMO", "全社PMO", "PMO"],
    tag: "（全社）",
    subjects: ["全社PMO組織の立ち上げ", "プロジェクト管理標準の整備", "PMO室の体制強化", "社内プロジェクト管理の高度化"],
    duties: ["管理標準の策定", "テンプレートとガイドラインの整備", "PM・PMO向け研修の企画", "全プロジェクトの状況把握", "管理ツールの導入と定着支援"],
  },
  "third-party": {
    roles: ["第三者評価PMO", "プロジェクト監査PMO", "第三者PMO"],
    tag: "",
    duties: ["計画と進捗の妥当性評価", "リスクの洗い出しと改善提言", "レビュー報告書の作成", "発注者への評価結果の報告", "品質管理プロセスの監査"],
  },
};

const levelWords: Record<ListingLevel, readonly string[]> = {
  assistant: ["アシスタント"],
  member: ["", "メンバー", "担当"],
  lead: ["リーダー"],
  manager: ["マネージャー", "責任者"],
};

const levelSentences: Record<ListingLevel, readonly string[]> = {
  assistant: ["PMOリーダーの指示のもと、まずは資料作成や会議運営から担当していただきます。", "PMO未経験の方も、先輩メンバーが丁寧にフォローします。"],
  member: ["PMOチームの一員として、担当領域を持って主体的に動いていただきます。", "PMと密に連携しながら、日々の管理業務を回していただきます。"],
  lead: ["3〜5名のPMOチームを率い、PMへの報告と改善提案を担っていただきます。", "PMOリーダーとして、管理の仕組みづくりからメンバー育成までお任せします。"],
  manager: ["PMO全体の責任者として、経営層や発注者との折衝を担っていただきます。", "複数プロジェクトを横断するPMO組織のマネジメントをお任せします。"],
};

const workStyleSentences: Record<WorkStyle, readonly string[]> = {
  "full-remote": ["フルリモートで、打ち合わせはすべてオンラインです。", "原則リモート勤務で、出社は不要です。"],
  hybrid: ["週1〜2日の出社、その他はリモートです。", "立ち上げ期は出社中心、安定後はリモート併用です。"],
  onsite: ["客先常駐での勤務となります。", "クライアント先に常駐し、関係者と対面で調整します。"],
};

const scales = ["約20名", "約30名", "約80名", "約150名", "複数ベンダーを含む約300名"];
const phases = ["要件定義", "基本設計", "開発・テスト", "移行準備", "構想策定"];
const teamNotes = ["チームは20〜40代が中心です。", "残業は月20時間程度です。", "PMO経験者が多く、相談しやすい環境です。", "ツールはJIRAとTeamsを使っています。"];

const requiredPool: Record<ListingLevel, readonly string[]> = {
  assistant: ["Excel（関数・ピボット）", "PowerPointでの資料作成", "議事録作成", "社会人経験3年以上", "Backlog"],
  member: ["PMO経験1年以上", "Excel（関数・ピボット）", "議事録作成", "JIRA", "Backlog", "WBS作成経験", "システム開発の基礎知識"],
  lead: ["PMO経験3年以上", "ベンダーコントロール経験", "WBS作成経験", "チームリード経験", "JIRA", "ステークホルダー調整経験"],
  manager: ["PMO経験5年以上", "PM経験（20名規模以上）", "ベンダーコントロール経験", "経営層への報告経験", "予算管理の経験"],
};
const preferredPool = ["ビジネスレベルの英語", "Redmine", "Microsoft Project", "アジャイル開発の経験", "大規模プロジェクト経験", "Power BIでのデータ分析", "Asana"];
const preferredByIndustry = {} as Record<Industry, readonly string[]>;
for (const industry of Object.keys(industryText) as Industry[]) preferredByIndustry[industry] = [...industryText[industry].skills, ...preferredPool];
const certificationList = ["PMP", "プロジェクトマネージャ試験", "PMOスペシャリスト", "応用情報技術者", "ITIL 4 Foundation", "P2M"];

const companyStems = ["サンプル", "ソラテラ", "ハルニレア", "カザミドリ", "ミナモリ", "ツムギテ", "コトノハナ", "ユメサキ", "ホシノワ", "シズクノ", "アオバネ", "ニジノハ"];
const companyKinds = {
  sier: ["テック", "システムズ", "ソリューションズ", "情報システム"],
  consulting: ["コンサルティング", "パートナーズ", "アドバイザリー"],
  agency: ["キャリア", "ワークス", "エージェント"],
} as const;

const employmentOf = weighted<EmploymentType>([["full-time", 38], ["contract", 10], ["freelance", 37], ["side-job", 15]]);
const pmoTypeOf = weighted<PmoTypeSlug>([["support", 30], ["management", 35], ["strategy", 10], ["corporate", 10], ["third-party", 15]]);
const levelOf = weighted<ListingLevel>([["assistant", 20], ["member", 40], ["lead", 25], ["manager", 15]]);
const workStyleOf = weighted<WorkStyle>([["full-remote", 30], ["hybrid", 45], ["onsite", 25]]);
const industryOf = weighted<Industry>([
  ["finance", 20], ["insurance", 10], ["manufacturing", 14], ["it", 14], ["retail", 8],
  ["public", 10], ["healthcare", 6], ["consulting", 6], ["energy", 6], ["logistics", 6],
]);
const mainPrefectureOf = weighted([["東京都", 60], ["神奈川県", 8], ["大阪府", 12], ["愛知県", 7], ["福岡県", 5]] as const);

/** Pay band per level, in `step` yen: [lowest min, highest max]. */
const payBands: Record<"annual" | "freelance" | "side-job", { step: number; gap: number; bands: Record<ListingLevel, [number, number]> }> = {
  annual: { step: 100_000, gap: 5, bands: { assistant: [45, 65], member: [55, 85], lead: [70, 105], manager: [85, 120] } },
  freelance: { step: 50_000, gap: 2, bands: { assistant: [12, 18], member: [14, 22], lead: [18, 26], manager: [22, 30] } },
  "side-job": { step: 50_000, gap: 1, bands: { assistant: [3, 5], member: [4, 7], lead: [5, 9], manager: [6, 10] } },
};

function pay(random: Random, employment: EmploymentType, level: ListingLevel) {
  const { step, gap, bands } = payBands[employment === "freelance" || employment === "side-job" ? employment : "annual"];
  const [low, high] = bands[level];
  const min = between(random, low, high - gap);
  const max = between(random, min + gap, high);
  return { pay_min: min * step, pay_max: max * step };
}

/** A fictional company; `inHouse` when it is the client itself (a user company) rather than an SIer, consultancy or agency. */
function companyOf(random: Random, industry: Industry): { name: string; inHouse: boolean } {
  const roll = random();
  const words = industryText[industry].companyWords;
  const inHouse = roll < 0.3 && words.length > 0;
  const ending =
    inHouse ? pick(random, words)
    : roll < 0.6 || industry === "public" ? pick(random, companyKinds.sier)
    : roll < 0.85 || industry === "consulting" ? pick(random, companyKinds.consulting)
    : pick(random, companyKinds.agency);
  const name = pick(random, companyStems) + ending;
  const form = random();
  return { name: form < 0.65 ? `株式会社${name}` : form < 0.92 ? `${name}株式会社` : `合同会社${name}`, inHouse };
}

/** The choices one listing's text is built from. */
interface Draft {
  employment: EmploymentType;
  type: PmoTypeSlug;
  level: ListingLevel;
  workStyle: WorkStyle;
  days: number;
  client: readonly [string, string];
  subject: string;
  inHouse: boolean;
}

const workStyleTitle: Record<WorkStyle, string> = { "full-remote": "フルリモート可", hybrid: "一部リモート", onsite: "常駐" };

function titleSuffix(random: Random, { employment, workStyle, days }: Draft, payMax: number): string {
  if (employment === "side-job") return chance(random, 0.7) ? `｜週${days}日・副業OK` : "";
  if (employment === "freelance") {
    if (!chance(random, 0.6)) return "";
    return chance(random, 0.5) ? `｜週${days}・${workStyleTitle[workStyle]}` : `｜〜${payMax / 10_000}万円/月`;
  }
  if (!chance(random, 0.25)) return "";
  return workStyle === "full-remote" ? "｜フルリモート可" : `｜年収〜${payMax / 10_000}万円`;
}

function titleOf(random: Random, draft: Draft, payMax: number): string {
  const text = pmoTypeText[draft.type];
  const base = pick(random, text.roles);
  const role = `${base}${pick(random, levelWords[draft.level])}${base === "PMO" ? text.tag : ""}`;
  const [client] = draft.client;
  const form = random();
  const body =
    form < 0.6 ? `${client}の${draft.subject}${role}`
    : form < 0.8 ? `【${client}】${draft.subject}${role}`
    : `${client}向け ${draft.subject}${role}`;
  return body + titleSuffix(random, draft, payMax);
}

function backgroundOf(random: Random, { client, subject, inHouse, type }: Draft): string {
  const owner = inHouse ? `当社（${client[1]}）` : client[1];
  const form = random();
  if (pmoTypeText[type].subjects) {
    return form < 0.5
      ? `${owner}では${subject}に取り組んでいます。経営層と現場をつなぐPMOとして参画していただきます。`
      : `${owner}で、${subject}を担うPMOを募集します。関係部門を巻き込みながら進める全社的な取り組みです。`;
  }
  const noun = pick(random, ["プロジェクト", "案件"]);
  if (form < 0.4) return `${owner}が進める${subject}${noun}（${pick(random, scales)}規模）に、PMOとして参画していただきます。`;
  if (form < 0.75) return `${owner}の${subject}${noun}で、現在は${pick(random, phases)}フェーズです。PMO体制の強化に向けて増員します。`;
  return `${owner}では${subject}を推進中です。${pick(random, scales)}のチームを支えるPMOを募集しています。`;
}

function conditionOf(random: Random, { employment, workStyle, days }: Draft): string {
  if (employment === "side-job") return `稼働は週${days}日程度で、平日夜や土日の対応も相談できます。`;
  if (employment === "freelance") return `稼働は週${days}日を想定しています。${pick(random, workStyleSentences[workStyle])}`;
  return chance(random, 0.6) ? pick(random, workStyleSentences[workStyle]) : pick(random, teamNotes);
}

function descriptionOf(random: Random, draft: Draft): string {
  const [first, second, third] = pickSome(random, pmoTypeText[draft.type].duties, 3);
  const duties = `主な業務は${first}、${second}、${third}です。`;
  return backgroundOf(random, draft) + duties + pick(random, levelSentences[draft.level]) + conditionOf(random, draft);
}

/** ISO dates relative to the reference day, memoised (the offsets span only a few hundred days). */
function dateTable(today: string): (offset: number) => string {
  const base = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(base)) throw new Error(`today must be YYYY-MM-DD: ${today}`);
  const cache = new Map<number, string>();
  return (offset) => {
    let value = cache.get(offset);
    if (value === undefined) cache.set(offset, (value = new Date(base + offset * 86_400_000).toISOString().slice(0, 10)));
    return value;
  };
}

/** posted_on within 120 days before today; ~10% closed (mostly past their deadline); ~40% without a deadline. */
function schedule(random: Random, day: (offset: number) => string) {
  if (chance(random, 0.1)) {
    const age = between(random, 20, 119);
    const closes = chance(random, 0.9) ? day(-age + between(random, 14, Math.min(90, age - 1))) : null;
    return { posted_on: day(-age), closes_on: closes, status: "closed" as const };
  }
  const age = between(random, 0, 119);
  const closes = age <= 90 && chance(random, 0.75) ? day(-age + between(random, Math.max(14, age), 90)) : null;
  return { posted_on: day(-age), closes_on: closes, status: "open" as const };
}

export function generateListingRows(count: number, options: { seed?: number; idPrefix?: string; today?: string } = {}): ListingImportRow[] {
  const random = mulberry32(options.seed ?? 1);
  const day = dateTable(options.today ?? "2026-11-20");
  const prefix = options.idPrefix ?? "sample";
  const width = Math.max(4, String(count).length);
  const rows: ListingImportRow[] = new Array(count);

  for (let index = 0; index < count; index++) {
    const employment = employmentOf(random);
    const type = pmoTypeOf(random);
    const drawnLevel = levelOf(random);
    // Strategy, corporate and third-party work is rarely given to assistants.
    const level = drawnLevel === "assistant" && (type === "strategy" || type === "corporate" || type === "third-party") ? "member" : drawnLevel;
    const industry = industryOf(random);
    let workStyle = workStyleOf(random);
    if (employment === "side-job" && workStyle === "onsite" && chance(random, 0.7)) workStyle = "full-remote";
    const days = employment === "freelance" ? between(random, 3, 5) : employment === "side-job" ? between(random, 1, 3) : 5;
    const text = industryText[industry];
    const subjects = pmoTypeText[type].subjects ?? text.projects;
    const company = companyOf(random, industry);
    const draft: Draft = { employment, type, level, workStyle, days, client: pick(random, text.clients), subject: pick(random, subjects), inHouse: company.inHouse };
    const money = pay(random, employment, level);
    const certificationCount = level === "manager" || chance(random, 0.4) ? between(random, 1, 2) : between(random, 0, 1);

    rows[index] = {
      external_id: `${prefix}-${String(index + 1).padStart(width, "0")}`,
      title: titleOf(random, draft, money.pay_max),
      company: company.name,
      description: descriptionOf(random, draft),
      employment_type: employment,
      pmo_type: type,
      level,
      industry,
      work_style: workStyle,
      prefecture: chance(random, 0.88) ? mainPrefectureOf(random) : pick(random, prefectures),
      pay_unit: employment === "freelance" || employment === "side-job" ? "monthly" : "annual",
      ...money,
      days_per_week: days,
      required_skills: pickSome(random, requiredPool[level], between(random, 2, 5)),
      preferred_skills: pickSome(random, preferredByIndustry[industry], between(random, 2, 4)),
      certifications: pickSome(random, certificationList, certificationCount),
      ...schedule(random, day),
    };
  }
  return rows;
}
