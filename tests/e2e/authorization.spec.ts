import { type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { expect, newVisitorContext, test } from "./support/test";
import { routeAccess } from "./support/access-table";
import { appRoutes } from "./support/app-routes";
import { signUpOrSignIn, uniqueEmail } from "./support/accounts";

async function signedInContext(browser: Browser, email: string, name: string): Promise<{ page: Page; request: APIRequestContext }> {
  const context = await newVisitorContext(browser);
  const page = await context.newPage();
  await signUpOrSignIn(page, { name, email });
  return { page, request: context.request };
}

const noRedirect = { maxRedirects: 0 } as const;

test("every page and route handler under app/ has a row in the access table", () => {
  expect(appRoutes()).toEqual(Object.keys(routeAccess).sort());
});

test("every route answers as its access row says", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const owner = await signedInContext(browser, uniqueEmail("owner"), "持ち主");
  const other = await signedInContext(browser, uniqueEmail("other"), "他人");
  const admin = await signedInContext(browser, "admin-e2e@example.com", "管理者");

  const listing = ((await (await request.get("/api/listings")).json()) as { rows: { id: string }[] }).rows[0]!.id;
  await owner.page.goto("/listings?q=PMO");
  await owner.page.getByLabel("この条件を保存").fill("権限テスト");
  await owner.page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(owner.page.getByText("「権限テスト」を保存しました。", { exact: false })).toBeVisible();
  await owner.page.goto("/me/searches");
  const searchHref = await owner.page.getByRole("link", { name: "権限テスト" }).getAttribute("href");
  const search = searchHref!.split("/").at(-1)!;
  await owner.page.goto("/paths/pmo-to-pm");
  await owner.page.getByRole("link", { name: "このパスでプランを作る" }).first().click();
  await owner.page.getByRole("button", { name: "プランを作成" }).click();
  await expect(owner.page).toHaveURL(/\/me\/plans\/[0-9a-f-]{36}\?created=1$/);
  const plan = new URL(owner.page.url()).pathname.split("/").at(-1)!;
  await owner.page.goto("/me/career/projects/new");
  await owner.page.getByLabel("案件名（必須）").fill("権限テストの案件");
  await owner.page.getByRole("button", { name: "案件を保存" }).click();
  await expect(owner.page).toHaveURL(/\/me\/career\/projects\/[0-9a-f-]{36}\?created=1$/);
  const project = new URL(owner.page.url()).pathname.split("/").at(-1)!;
  const concrete = (path: string) => path.replace("{listing}", listing).replace("{search}", search).replace("{plan}", plan).replace("{project}", project);

  for (const [pattern, row] of Object.entries(routeAccess)) {
    const url = concrete(row.path);
    const anonymous = await request.get(url, noRedirect);
    if (row.access === "public") {
      expect(anonymous.status(), pattern).toBeLessThan(400);
    } else if (row.access === "user" || row.access === "owner") {
      expect([302, 303, 307, 401], pattern).toContain(anonymous.status());
      if (anonymous.status() !== 401) expect(anonymous.headers().location, pattern).toContain("/sign-in");
      const mine = await owner.request.get(url, noRedirect);
      if (row.access === "user") expect(mine.status(), pattern).toBe(200);
      else {
        // The owner gets the resource (a saved search answers by redirecting to its listings).
        expect(mine.status(), pattern).toBeLessThan(400);
        expect(mine.headers().location ?? "", pattern).not.toContain("/sign-in");
        const theirs = await other.request.get(url, noRedirect);
        expect(theirs.headers().location ?? String(theirs.status()), pattern).toMatch(/\/me\/searches$|^404$/);
      }
    } else if (row.access === "admin") {
      expect(anonymous.status(), pattern).toBe(404);
      expect((await owner.request.get(url, noRedirect)).status(), pattern).toBe(404);
      expect((await admin.request.get(url, noRedirect)).status(), pattern).toBe(200);
    }
  }
});

test("the data export refuses a cross-site request", async ({ browser }) => {
  const { request } = await signedInContext(browser, uniqueEmail("cross"), "外部");
  expect((await request.get("/me/export", { headers: { "sec-fetch-site": "cross-site" } })).status()).toBe(403);
  expect((await request.get("/me/export", { headers: { "sec-fetch-site": "same-origin" } })).status()).toBe(200);
});

test("a server action replayed from another origin is refused", async ({ browser }) => {
  const { page, request } = await signedInContext(browser, uniqueEmail("csrf"), "攻撃対象");
  await page.goto("/me/settings");
  // Capture a real action request from this site, then replay it as another site would.
  const captured = page.waitForRequest((candidate) => candidate.method() === "POST" && Boolean(candidate.headers()["next-action"]));
  const section = page.getByRole("region", { name: "お名前" });
  await section.getByLabel("お名前（ニックネーム可）").fill("正規");
  await section.getByRole("button", { name: "お名前を保存" }).click();
  const original = await captured;
  await expect(section.getByRole("status")).toContainText("お名前を変更しました");

  const headers = original.headers();
  const body = original.postDataBuffer()!.toString("utf8").replace("正規", "乗っ取り");
  const forged = await request.post("/me/settings", {
    headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, origin: "https://evil.example" },
    data: Buffer.from(body, "utf8"),
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  const sameSite = await request.post("/me/settings", {
    headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, origin: new URL(page.url()).origin },
    data: Buffer.from(body.replace("乗っ取り", "正規2"), "utf8"),
  });
  expect(sameSite.status()).toBe(200);
  await page.goto("/me");
  await expect(page.getByText("ようこそ、正規2さん。")).toBeVisible();
});

test("an RSC request that claims the admin layout is mounted gets 404 and no listing data", async ({ browser, request }) => {
  const listing = ((await (await request.get("/api/listings")).json()) as { rows: { id: string; title: string }[] }).rows[0]!;
  // What a client navigation sends: the segments it already shows. Next then renders only what is
  // below them, so the admin layout's own check never runs; the page's must.
  const mounted = ["", { children: ["(admin)", { children: ["admin", { children: ["__PAGE__", {}] }] }] }];
  const response = await request.get("/admin/listings", { headers: { rsc: "1", "next-router-state-tree": encodeURIComponent(JSON.stringify(mounted)) } });
  expect(response.status()).toBe(404);
  const body = await response.text();
  expect(body).not.toContain(listing.id);
  expect(body).not.toContain(listing.title);
  // A signed-in user who is not an admin: the page's own check answers Next's 404 payload, with no data.
  const { request: member } = await signedInContext(browser, uniqueEmail("rsc"), "一般");
  const theirs = await (await member.get("/admin/listings", { headers: { rsc: "1", "next-router-state-tree": encodeURIComponent(JSON.stringify(mounted)) } })).text();
  expect(theirs).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
  expect(theirs).not.toContain(listing.id);
  // A tree Next cannot parse is refused, not a 500.
  for (const path of ["/admin/listings", "/listings", "/me"]) {
    expect((await request.get(path, { headers: { rsc: "1", "next-router-state-tree": "garbage" } })).status(), path).toBe(400);
  }
});
