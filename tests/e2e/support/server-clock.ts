import { expect, type APIRequestContext } from "@playwright/test";
import type { IsoDate } from "@/lib/calendar/japan-date";

/** Moves the test server's clock (app/dev/clock) to noon, Japan time, of `date`. */
export async function moveServerClock(request: APIRequestContext, date: IsoDate): Promise<void> {
  const response = await request.post("/dev/clock", { data: { at: `${date}T12:00:00+09:00` } });
  expect(response.status()).toBe(200);
}

export async function resetServerClock(request: APIRequestContext): Promise<void> {
  const response = await request.post("/dev/clock", { data: { at: null } });
  expect(response.status()).toBe(200);
}

/** Moves the test server's clock `minutes` ahead of where it is now. */
export async function moveServerClockBy(request: APIRequestContext, minutes: number): Promise<void> {
  const { now } = (await (await request.get("/dev/clock")).json()) as { now: string };
  const response = await request.post("/dev/clock", { data: { at: new Date(new Date(now).getTime() + minutes * 60_000).toISOString() } });
  expect(response.status()).toBe(200);
}
