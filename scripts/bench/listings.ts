// npm run bench:listings — search at 100,000 listings, over HTTP through the app and as the same SQL directly.
// Needs PostgreSQL (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server) and a production build.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { openDatabase, setActiveDatabase } from "@/db/client";
import { resetEnvCache } from "@/lib/env";
import { parseListingFilters, rawParamsFromQuery } from "@/lib/listings/search/filters";
import { listingImportRowSchema } from "@/lib/listings/schema";
import { upsertListings } from "@/lib/listings/queries";
import { searchListings } from "@/lib/listings/search/queries";
import { generateListingRows } from "@/scripts/sample-listings/generator";
import { toListingValues } from "@/lib/listings/to-listing";

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 100_000);
const CONCURRENCY = 16;
const REQUESTS_PER_QUERY = Number(process.env.BENCH_REQUESTS ?? 48);
const LOAD_ONLY = process.env.BENCH_LOAD_ONLY === "1";
const PORT = 3400;

const mix: Record<string, string[]> = {
  keyword: ["q=金融", "q=製造", "q=議事録", "q=SAP", "q=保険 リスク"],
  filters: ["workStyle=full-remote&maxDays=3", "employment=freelance&minPay=80&payBasis=monthly", "industry=insurance&level=lead", "pmoType=strategy&prefecture=東京都&sort=pay"],
  both: ["q=金融&workStyle=full-remote", "q=製造&employment=freelance&maxDays=4", "q=PMO&industry=public&sort=pay"],
  deep: ["page=50", "sort=pay&page=40", "workStyle=hybrid&page=30"],
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Runs every query of the mix REQUESTS_PER_QUERY times with CONCURRENCY in flight; latency per category. */
async function measure(run: (query: string) => Promise<number>) {
  const jobs = Object.entries(mix).flatMap(([category, queries]) => queries.flatMap((query) => Array.from({ length: REQUESTS_PER_QUERY }, () => ({ category, query }))));
  jobs.sort(() => Math.random() - 0.5);
  const latencies: Record<string, number[]> = { all: [] };
  let rows = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const begin = performance.now();
        rows += await run(job.query);
        const elapsed = performance.now() - begin;
        (latencies[job.category] ??= []).push(elapsed);
        latencies.all!.push(elapsed);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const summary = Object.fromEntries(
    Object.entries(latencies).map(([category, values]) => {
      const sorted = values.sort((a, b) => a - b);
      return [category, { p50: +percentile(sorted, 50).toFixed(1), p95: +percentile(sorted, 95).toFixed(1), n: sorted.length }];
    }),
  );
  return { summary, requestsPerSecond: +(jobs.length / seconds).toFixed(0), rowsPerSecond: +(rows / seconds).toFixed(0) };
}

/**
 * The same mix driven by wrk (a C load generator, `apt-get install wrk`) for 15 s: the Node client
 * above shares the two cores with the server, wrk barely does.
 */
function wrk(path: string, cache: "on" | "off"): string {
  const label = `wrk ${path}, result cache ${cache}, ${CONCURRENCY} connections: `;
  const paths = Object.values(mix)
    .flat()
    .map((query) => `${path}?${new URLSearchParams(query)}`)
    .join("\n");
  // A 5 s pass first, so the figures are the steady state (JIT-compiled code, warm caches), not start-up.
  const runWrk = (seconds: number) =>
    spawnSync("wrk", ["-t2", `-c${CONCURRENCY}`, `-d${seconds}s`, "-s", "scripts/bench/listings-mix.lua", `http://127.0.0.1:${PORT}`], {
      env: { ...process.env, PATHS: paths },
      encoding: "utf8",
    });
  runWrk(5);
  const run = runWrk(15);
  if (run.error) return `${label}skipped (wrk is not installed)`;
  return label + (run.stdout.split("\n").find((line) => line.startsWith("wrk:")) ?? run.stderr.trim());
}

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Server did not answer at ${url}`);
}

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
if (!existsSync(".next/BUILD_ID")) throw new Error("Run `npm run build` first: the benchmark measures the production server.");
const name = `pmo_bench_${Date.now()}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
let server: ReturnType<typeof spawn> | undefined;

try {
  const database = await openDatabase(url.toString());
  setActiveDatabase(database);
  const begin = performance.now();
  const values = generateListingRows(LISTINGS, { seed: 7, idPrefix: "bench" }).map((row) =>
    toListingValues(listingImportRowSchema.parse(row), { source: "bench", isSample: true }),
  );
  await upsertListings(database.db, values);
  await admin.unsafe(`vacuum analyze`).catch(() => {});
  const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await client.unsafe("vacuum analyze listings");
  await client.end();
  console.log(`Loaded ${LISTINGS.toLocaleString()} listings through the importer's upsert in ${((performance.now() - begin) / 1000).toFixed(1)} s.`);

  if (LOAD_ONLY) throw new Error("BENCH_LOAD_ONLY: stopping after the load");
  const startServer = async (cache: "on" | "off") => {
    // The production server as `npm start` runs it (server.ts in front of Next).
    server = spawn("npx", ["tsx", "server.ts", "-p", String(PORT), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        AUTH_SECRET: "bench-only-secret-0123456789abcdefghijklmnop",
        SITE_URL: `http://127.0.0.1:${PORT}`,
        NEXT_TELEMETRY_DISABLED: "1",
        LISTING_SEARCH_CACHE: cache,
      },
      stdio: "ignore",
      detached: true,
    });
    await waitForServer(`http://127.0.0.1:${PORT}/api/health`);
  };
  const stopServer = async () => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    server = undefined;
    await new Promise((resolve) => setTimeout(resolve, 1500));
  };

  const fetchJson = async (query: string) => {
    const response = await fetch(`http://127.0.0.1:${PORT}/api/listings?${query}`);
    if (!response.ok) throw new Error(`${query}: HTTP ${response.status}`);
    return ((await response.json()) as { rows: unknown[] }).rows.length;
  };
  const fetchPage = async (query: string) => {
    const response = await fetch(`http://127.0.0.1:${PORT}/listings?${query}`);
    if (!response.ok) throw new Error(`${query}: HTTP ${response.status}`);
    await response.text();
    return 20;
  };
  // The same searches without HTTP or the result cache: what PostgreSQL itself costs.
  process.env.LISTING_SEARCH_CACHE = "off";
  resetEnvCache();
  const sqlOnly = async (query: string) => (await searchListings(parseListingFilters(rawParamsFromQuery(query)))).rows.length;
  const warm = async (run: (query: string) => Promise<number>) => {
    for (const query of Object.values(mix).flat()) await run(query);
  };

  const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  await startServer("off");
  await warm(fetchJson);
  results["HTTP /api/listings, result cache off"] = await measure(fetchJson);
  await stopServer();
  await startServer("on");
  await warm(fetchJson);
  results["HTTP /api/listings, result cache on"] = await measure(fetchJson);
  results["HTTP /listings HTML page, result cache on"] = await measure(fetchPage);
  const wrkLines = [wrk("/api/listings", "on"), wrk("/listings", "on")];
  await stopServer();
  await startServer("off");
  wrkLines.unshift(wrk("/api/listings", "off"));
  await stopServer();
  await warm(sqlOnly);
  results["SQL only (no HTTP, no cache)"] = await measure(sqlOnly);

  for (const line of wrkLines) console.log(line);
  console.log(`\n${LISTINGS.toLocaleString()} listings, ${CONCURRENCY} concurrent, ${REQUESTS_PER_QUERY} runs of each of ${Object.values(mix).flat().length} queries`);
  for (const [label, result] of Object.entries(results)) {
    console.log(`\n${label}: ${result.requestsPerSecond} req/s, ${result.rowsPerSecond} rows/s`);
    for (const [category, stats] of Object.entries(result.summary)) {
      console.log(`  ${category.padEnd(8)} p50 ${String(stats.p50).padStart(6)} ms   p95 ${String(stats.p95).padStart(6)} ms   (n=${stats.n})`);
    }
  }
  await database.close();
} finally {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1000));
  if (process.env.BENCH_KEEP) console.log(`Kept database ${name} (BENCH_KEEP is set).`);
  else await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
