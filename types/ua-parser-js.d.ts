// ua-parser-js 1.x (MIT; 2.x is AGPL) ships no types; only what lib/sessions/device.ts uses.
declare module "ua-parser-js" {
  interface UAParserResult {
    browser: { name?: string; version?: string; major?: string };
    os: { name?: string; version?: string };
    device: { type?: string; vendor?: string; model?: string };
  }
  export function UAParser(userAgent?: string): UAParserResult;
}
