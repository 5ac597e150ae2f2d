import { appIcon } from "./_components/og/app-icon";

export const contentType = "image/png";

// The sizes the web manifest (app/manifest.ts) and browsers ask for, each drawn at build time.
const iconSizes = [192, 512] as const;

export function generateImageMetadata() {
  return iconSizes.map((side) => ({ id: String(side), size: { width: side, height: side }, contentType }));
}

export default async function Icon({ id }: { id: Promise<string | number> }) {
  const side = Number(await id);
  return appIcon(iconSizes.find((size) => size === side) ?? 192);
}
