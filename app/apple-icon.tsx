import { appIcon } from "./_components/og/app-icon";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

// iOS rounds the corners itself.
export default function AppleIcon() {
  return appIcon(180, { rounded: false });
}
