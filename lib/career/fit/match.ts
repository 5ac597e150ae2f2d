import { daysBetween, type IsoDate } from "@/lib/calendar/japan-date";
import type { TrackingStatus } from "@/lib/certifications/tracking/vocabulary";
import { industries, type Industry } from "@/lib/listings/vocabulary";
import { formatDuration, type ProjectPeriod } from "../months";
import { uniqueMonths } from "../pmp-months";
import { careerPhases, type CareerPhase } from "../vocabulary";

/** What the fit is worked out from: the listing's asks and the user's own record. */
export interface FitListing {
  requiredSkills: string[];
  preferredSkills: string[];
  certifications: string[];
}

export interface FitProject extends ProjectPeriod {
  role: string;
  pmoType: string | null;
  teamSize: number | null;
  industry: Industry | null;
  phases: CareerPhase[];
  skills: string[];
  methods: string[];
  tools: string[];
}

export interface FitRecord {
  projects: FitProject[];
  tracked: { certificationSlug: string; status: TrackingStatus; examDate: IsoDate | null }[];
  /** Milestones not done yet in the user's active plans. */
  milestones: { title: string; planTitle: string; certificationSlug: string | null }[];
  /** Catalogue names by slug (short and long), to recognise a listing's certification by its name. */
  certificationNames: Record<string, string[]>;
}

export type FitState = "have" | "working" | "missing";

export interface FitItem {
  kind: "skill" | "certification";
  requirement: "required" | "preferred";
  name: string;
  state: FitState;
  /** Why: what in the record matched, or how far there is to go. */
  detail: string | null;
  certificationSlug: string | null;
}

/** Width and case do not matter, and brackets, slashes and the like count as a space. */
export const normalize = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s・/()（）「」、,.:：-]+/g, " ")
    .trim();

const latin = /[a-z0-9]/;

/** Whether `part` stands in `whole` as a word of its own: Latin letters may not run on into the next (「PM」 is not in 「PMO」). */
function standsIn(part: string, whole: string): boolean {
  for (let at = whole.indexOf(part); at !== -1; at = whole.indexOf(part, at + 1)) {
    const before = whole[at - 1] ?? "";
    const after = whole[at + part.length] ?? "";
    if (!(latin.test(part[0]!) && latin.test(before)) && !(latin.test(part.at(-1)!) && latin.test(after))) return true;
  }
  return false;
}

/**
 * One contains the other as a word, and the shorter has at least two characters. Compared with the
 * spaces and without them, since people write both 「Power BI」 and 「PowerBI」.
 */
function overlaps(a: string, b: string): boolean {
  return [normalize(a), normalize(a).replaceAll(" ", "")].some((x, index) => {
    const y = index === 0 ? normalize(b) : normalize(b).replaceAll(" ", "");
    if (x.length < 2 || y.length < 2) return false;
    return x.length >= y.length ? standsIn(y, x) : standsIn(x, y);
  });
}

const isPmoRole = (project: FitProject) => Boolean(project.pmoType) || /pmo/i.test(project.role);
const isPmRole = (project: FitProject) => /(^|[^a-z])pm(?!o)|プロジェクトマネージャ/i.test(project.role.normalize("NFKC"));

// 「PMO経験3年以上」: years of a kind of experience, checked against the record's months.
const yearsRule = /^(PMO|PM|社会人)経験(\d+)年以上$/i;
// 「PM経験（20名規模以上）」: a PM role on a team at least that large.
const teamRule = /^PM経験[（(](\d+)名規模以上[）)]$/i;

/** Words that name an industry in listings' wording, beyond the labels themselves. */
const industryWords: Record<Industry, string[]> = {
  it: ["IT", "通信"],
  finance: ["金融", "銀行", "証券", "勘定系"],
  insurance: ["保険", "損保", "生保"],
  manufacturing: ["製造", "生産管理"],
  retail: ["流通", "小売", "EC", "POS"],
  public: ["公共", "官公庁", "自治体"],
  healthcare: ["医療", "ヘルスケア"],
  consulting: ["コンサルティング"],
  energy: ["電力", "ガス", "エネルギー"],
  logistics: ["物流", "運輸", "WMS", "TMS"],
};

function skillFit(name: string, record: FitRecord, today: IsoDate): Pick<FitItem, "state" | "detail"> {
  const years = yearsRule.exec(name.normalize("NFKC"));
  if (years) {
    const kind = years[1]!.toUpperCase();
    const projects = record.projects.filter(kind === "PMO" ? isPmoRole : kind === "PM" ? isPmRole : () => true);
    const months = uniqueMonths(projects, today);
    const needed = Number(years[2]) * 12;
    if (months >= needed) return { state: "have", detail: `職務経歴で通算${formatDuration(months)}` };
    const remaining = `あと${formatDuration(needed - months)}`;
    if (projects.some((project) => project.ongoing)) return { state: "working", detail: `職務経歴で通算${formatDuration(months)}・継続中の案件で${remaining}` };
    return { state: "missing", detail: months > 0 ? `職務経歴で通算${formatDuration(months)}（${remaining}）` : null };
  }
  const team = teamRule.exec(name.normalize("NFKC"));
  if (team) {
    const matched = record.projects.find((project) => isPmRole(project) && (project.teamSize ?? 0) >= Number(team[1]));
    return matched ? { state: "have", detail: `PMとして体制${matched.teamSize}名の案件` } : { state: "missing", detail: null };
  }
  const terms = record.projects.flatMap((project) => [...project.skills, ...project.methods, ...project.tools, ...project.phases.map((phase) => careerPhases[phase])]);
  const term = terms.find((candidate) => overlaps(candidate, name));
  if (term) return { state: "have", detail: `職務経歴の「${term}」` };
  for (const project of record.projects) {
    const word = project.industry && industryWords[project.industry].find((candidate) => overlaps(candidate, name));
    if (project.industry && word) return { state: "have", detail: `${industries[project.industry]}業界の案件` };
  }
  const milestone = record.milestones.find((candidate) => !candidate.certificationSlug && overlaps(candidate.title, name));
  if (milestone) return { state: "working", detail: `プラン「${milestone.planTitle}」で取り組み中` };
  return { state: "missing", detail: null };
}

const statusWorking: Partial<Record<TrackingStatus, string>> = { studying: "学習中", scheduled: "受験予定", failed: "再挑戦中" };

function certificationFit(name: string, record: FitRecord, today: IsoDate): Pick<FitItem, "state" | "detail" | "certificationSlug"> {
  const slugs = Object.entries(record.certificationNames)
    .filter(([, names]) => names.some((candidate) => overlaps(candidate, name)))
    .map(([slug]) => slug);
  const tracked = record.tracked.filter((item) => slugs.includes(item.certificationSlug));
  const first = slugs[0] ?? null;
  const held = tracked.find((item) => item.status === "passed" || item.status === "renewal_due");
  if (held) return { state: "have", detail: held.status === "renewal_due" ? "合格（更新要）" : "合格", certificationSlug: held.certificationSlug };
  const working = tracked.find((item) => statusWorking[item.status]);
  if (working) {
    const days = working.examDate ? daysBetween(today, working.examDate) : null;
    const countdown = days !== null && days >= 0 ? (days === 0 ? "・試験は今日" : `・試験まで${days}日`) : "";
    return { state: "working", detail: `${statusWorking[working.status]}${countdown}`, certificationSlug: working.certificationSlug };
  }
  const milestone = record.milestones.find((candidate) => candidate.certificationSlug && slugs.includes(candidate.certificationSlug));
  if (milestone) return { state: "working", detail: `プラン「${milestone.planTitle}」で取り組み中`, certificationSlug: milestone.certificationSlug };
  const interested = tracked.find((item) => item.status === "interested");
  return { state: "missing", detail: interested ? "関心あり（資格の記録にあります）" : null, certificationSlug: interested?.certificationSlug ?? first };
}

/**
 * Which of a listing's required and preferred skills and certifications the user has, is working
 * on, or lacks, each with the reason, from the career record and the certification tracker only.
 */
export function listingFit(listing: FitListing, record: FitRecord, today: IsoDate): FitItem[] {
  const skills = (names: string[], requirement: FitItem["requirement"]) =>
    names.map((name): FitItem => ({ kind: "skill", requirement, name, certificationSlug: null, ...skillFit(name, record, today) }));
  return [
    ...skills(listing.requiredSkills, "required"),
    ...skills(listing.preferredSkills, "preferred"),
    ...listing.certifications.map((name): FitItem => ({ kind: "certification", requirement: "preferred", name, ...certificationFit(name, record, today) })),
  ];
}
