import { themeScript } from "@/lib/site/theme-script";

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeScript }} />;
}
