import { signUp, uniqueEmail } from "./support/accounts";
import { expect, test } from "./support/test";

const oversized = "あ".repeat(30_000); // 90 KB in UTF-8, over the 64 KB anonymous limit

test("an oversized anonymous server action body is answered 413, not 500", async ({ page, request }) => {
  const direct = await request.post("/sign-in", { headers: { "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8" }, data: JSON.stringify([oversized]) });
  expect(direct.status()).toBe(413);
  expect(await direct.text()).toContain("64KB");

  // The same from a page, as a form post the browser makes (multipart, no Next-Action header).
  await page.goto("/sign-in");
  const status = await page.evaluate(async (text) => {
    const form = new FormData();
    form.set("$ACTION_ID_0123456789abcdef", "");
    form.set("note", text);
    return (await fetch("/sign-in", { method: "POST", body: form })).status;
  }, oversized);
  expect(status).toBe(413);

  // A small body still reaches the usual checks (here: undecodable, so 400).
  const small = await request.post("/sign-in", { headers: { "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8" }, data: "garbage" });
  expect(small.status()).toBe(400);
});

test("a made-up session cookie does not lift the anonymous 64 KB limit; a real one does", async ({ page, request }) => {
  const forged = await request.post("/sign-in", {
    headers: { "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8", cookie: "authjs.session-token=not-a-token-this-server-issued" },
    data: JSON.stringify([oversized]),
  });
  expect(forged.status()).toBe(413);

  await signUp(page, { name: "上限", email: uniqueEmail("body-limit") });
  const signedIn = await page.request.post("/sign-in", { headers: { "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8" }, data: JSON.stringify([oversized]) });
  // Past the limit, to the usual checks: Next answers an unknown action with 400.
  expect(signedIn.status()).toBe(400);
});
