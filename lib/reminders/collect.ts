import "server-only";
import { daysBetween, formatJapaneseDate, japanToday, type IsoDate } from "@/lib/calendar/japan-date";
import { getCertification } from "@/lib/certifications/catalogue";
import { listPduEntries } from "@/lib/certifications/tracking/queries";
import { renewalRuleFor } from "@/lib/certifications/renewal-rules";
import { evaluateRenewal } from "@/lib/certifications/renewal-rules/engine";
import { renewalDeadline } from "@/lib/certifications/tracking/status";
import { bookmarkStatuses } from "@/lib/bookmarks/vocabulary";
import { dueLeadTime, isNewlyOverdue, japanWeekday } from "./lead-times";
import {
  addReminder,
  advanceDigest,
  digestCandidates,
  examCandidates,
  followUpCandidates,
  milestoneCandidates,
  newListingsFor,
  passedCandidates,
  type NewReminder,
} from "./queries";
import { FOLLOW_UP_QUIET_DAYS, leadDays, SEND_HOUR_JST, type DigestFrequency } from "./vocabulary";

/** The day (Japan time) a row's date was last entered or changed: leads that had passed by then are skipped. */
const enteredOn = (updatedAt: Date) => japanToday(updatedAt);
/** Mail only to an address its owner confirmed, and only for kinds switched on; お知らせ on /me either way. */
const mailable = (row: { emailVerifiedAt: Date | null }, switchedOn: boolean) => switchedOn && row.emailVerifiedAt !== null;
const leadText = (lead: number) => (lead === 1 ? "明日" : `${lead}日後`);
const certificationName = async (slug: string) => (await getCertification(slug))?.name ?? slug;

async function examReminders(today: IsoDate): Promise<NewReminder[]> {
  const found: NewReminder[] = [];
  for (const row of await examCandidates(today)) {
    const lead = dueLeadTime(row.date!, leadDays.exam, today, enteredOn(row.updatedAt));
    if (lead === null) continue;
    const name = await certificationName(row.slug);
    found.push({
      userId: row.userId,
      kind: "exam",
      key: `exam:${row.id}:${row.date}:${lead}`,
      title: `${name}の試験は${leadText(lead)}です`,
      body: `${name}の受験日（${formatJapaneseDate(row.date!)}）まであと${lead}日です。学習記録と持ち物・会場を確認しておきましょう。`,
      link: `/me/certifications/${row.slug}`,
      mail: mailable(row, row.mail),
    });
  }
  return found;
}

/** PMP (and any certification with renewal rules): 180, 90 and 30 days before the cycle ends, with what is missing. */
async function renewalAndExpiryReminders(today: IsoDate): Promise<NewReminder[]> {
  const found: NewReminder[] = [];
  for (const row of await passedCandidates()) {
    const rule = renewalRuleFor(row.slug);
    const name = await certificationName(row.slug);
    const deadline = renewalDeadline({ certificationSlug: row.slug, status: row.status, resultDate: row.resultDate, expiresOn: row.expiresOn });
    if (rule && row.resultDate && deadline) {
      const lead = dueLeadTime(deadline, leadDays.renewal, today, enteredOn(row.updatedAt));
      if (lead === null) continue;
      const entries = (await listPduEntries(row.userId, row.id)).map((entry) => ({ earnedOn: entry.earnedOn, category: entry.category, units: entry.units }));
      const progress = evaluateRenewal(rule, row.resultDate, entries);
      if (progress.complete) continue;
      found.push({
        userId: row.userId,
        kind: "renewal",
        key: `renewal:${row.id}:${deadline}:${lead}`,
        title: `${name}の更新期限まで${lead}日です`,
        body: `${name}の更新期限は${formatJapaneseDate(deadline)}です。${progress.message}`,
        link: `/me/certifications/${row.slug}`,
        mail: mailable(row, row.renewalMail),
      });
    } else if (!rule && row.expiresOn) {
      const lead = dueLeadTime(row.expiresOn, leadDays.expiry, today, enteredOn(row.updatedAt));
      if (lead === null) continue;
      found.push({
        userId: row.userId,
        kind: "expiry",
        key: `expiry:${row.id}:${row.expiresOn}:${lead}`,
        title: `${name}の有効期限まで${lead}日です`,
        body: `${name}の有効期限は${formatJapaneseDate(row.expiresOn)}です。更新の手続きと必要な条件を確認してください。`,
        link: `/me/certifications/${row.slug}`,
        mail: mailable(row, row.expiryMail),
      });
    }
  }
  return found;
}

async function milestoneReminders(today: IsoDate): Promise<NewReminder[]> {
  const found: NewReminder[] = [];
  for (const row of await milestoneCandidates(today)) {
    const base = { userId: row.userId, kind: "milestone" as const, link: `/me/plans/${row.planId}`, mail: mailable(row, row.mail) };
    const entered = enteredOn(row.updatedAt);
    if (isNewlyOverdue(row.date!, today, entered)) {
      found.push({
        ...base,
        key: `milestone:${row.id}:${row.date}:overdue`,
        title: `「${row.title}」の期日を過ぎました`,
        body: `プラン「${row.planTitle}」のマイルストーン「${row.title}」は${formatJapaneseDate(row.date!)}が期日でした。完了していれば状況を「完了」に、続けるなら期日を見直しましょう。`,
      });
      continue;
    }
    const lead = dueLeadTime(row.date!, leadDays.milestone, today, entered);
    if (lead === null) continue;
    found.push({
      ...base,
      key: `milestone:${row.id}:${row.date}:${lead}`,
      title: `「${row.title}」の期日まで${lead}日です`,
      body: `プラン「${row.planTitle}」のマイルストーン「${row.title}」の期日は${formatJapaneseDate(row.date!)}です。`,
    });
  }
  return found;
}

/** A status change or a note edit (bookmarks.updated_at) starts a new quiet period: one reminder per period. */
async function followUpReminders(at: Date): Promise<NewReminder[]> {
  return (await followUpCandidates(at)).map((row) => {
    const since = japanToday(row.updatedAt);
    const status = bookmarkStatuses[row.status];
    return {
      userId: row.userId,
      kind: "follow-up",
      key: `follow-up:${row.id}:${row.updatedAt.toISOString()}`,
      title: `「${row.listingTitle}」は${status}のまま${Math.max(FOLLOW_UP_QUIET_DAYS, daysBetween(since, japanToday(at)))}日です`,
      body: `${row.company}「${row.listingTitle}」は${formatJapaneseDate(since)}から「${status}」のままです。先方への確認や、検討リストの状況の更新をおすすめします。`,
      link: "/me/bookmarks",
      mail: mailable(row, row.mail),
    };
  });
}

/**
 * Daily digests every morning, weekly ones on Monday, each at most once a day; nothing is made when a
 * search has nothing new. The reminder is added before the search's cut-off moves, so a crash between
 * the two repeats the work (the key keeps it one reminder), never loses it.
 */
async function addDigests(at: Date, today: IsoDate): Promise<number> {
  const frequencies: DigestFrequency[] = japanWeekday(at) === 1 ? ["daily", "weekly"] : ["daily"];
  const sendTime = new Date(`${today}T${String(SEND_HOUR_JST).padStart(2, "0")}:00:00+09:00`);
  let added = 0;
  for (const row of await digestCandidates(frequencies)) {
    if (row.digestThrough && row.digestThrough >= sendTime) continue;
    const news = await newListingsFor(row.query, row.digestThrough ?? row.createdAt, at);
    if (news.total > 0) {
      const lines = news.rows.map((listing) => `・${listing.title}（${listing.company}）`);
      const reminder: NewReminder = {
        userId: row.userId,
        kind: "digest",
        key: `digest:${row.id}:${today}`,
        title: `保存した検索「${row.searchName}」に新着${news.total}件`,
        body: [`保存した検索「${row.searchName}」に、前回のお知らせから${news.total}件の新着があります。`, ...lines, ...(news.total > lines.length ? [`ほか${news.total - lines.length}件`] : [])].join("\n"),
        link: `/listings?${row.query}`,
        mail: row.emailVerifiedAt !== null,
      };
      if (await addReminder(reminder, at)) added += 1;
    }
    await advanceDigest(row.id, row.digestThrough, at);
  }
  return added;
}

/** Makes today's reminders of every kind; each key once, however many instances or ticks run. Returns how many were new. */
export async function collectDueReminders(at: Date): Promise<number> {
  const today = japanToday(at);
  const batches = [await examReminders(today), await renewalAndExpiryReminders(today), await milestoneReminders(today), await followUpReminders(at)];
  let added = 0;
  for (const reminder of batches.flat()) if (await addReminder(reminder, at)) added += 1;
  return added + (await addDigests(at, today));
}

