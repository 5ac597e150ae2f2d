/**
 * The app's one clock. Code that decides by the time of day (countdowns, due dates, reminders)
 * asks `now()` instead of `new Date()`, so tests can move time: POST /dev/clock (any development
 * server, or DEV_CLOCK=on; see devClockEnabled in lib/env.ts) shifts it for the whole process.
 * Without a shift this is exactly `new Date()`, in the browser too.
 */
const state = globalThis as typeof globalThis & { __pmoClockOffsetMs?: number };

export function now(): Date {
  return new Date(Date.now() + (state.__pmoClockOffsetMs ?? 0));
}

/** Moves this process's clock so that `now()` reads `at`; null puts it back. Only app/dev/clock and tests call this. */
export function shiftClockTo(at: Date | null): void {
  state.__pmoClockOffsetMs = at ? at.getTime() - Date.now() : 0;
}

