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
