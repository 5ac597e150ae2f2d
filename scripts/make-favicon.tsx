/**
 * Writes app/favicon.ico from the app icon (app/_components/og/app-icon.tsx): a 48 px PNG inside an
 * ICO container, which every browser reads. Run after changing the icon, and commit the file:
 *   npx tsx --conditions=react-server scripts/make-favicon.tsx
 */
import { writeFile } from "node:fs/promises";
import { appIcon } from "@/app/_components/og/app-icon";

const side = 48;
const png = Buffer.from(await (await appIcon(side)).arrayBuffer());

// ICONDIR (6 bytes) + one ICONDIRENTRY (16 bytes), then the PNG itself.
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(side, 6);
header.writeUInt8(side, 7);
header.writeUInt8(0, 8); // no palette
header.writeUInt8(0, 9); // reserved
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(png.length, 14);
header.writeUInt32LE(header.length, 18);

await writeFile(new URL("../app/favicon.ico", import.meta.url), Buffer.concat([header, png]));
console.log(`app/favicon.ico: ${side}x${side}, ${header.length + png.length} bytes`);
