import fs from "node:fs";
import path from "node:path";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * PGlite has no lock of its own, and two processes on one directory corrupt it.
 * A pid file next to the data refuses a second opener while the first is alive.
 */
export function acquireDirectoryLock(directory: string): () => void {
  fs.mkdirSync(directory, { recursive: true });
  const lockFile = path.join(directory, "..", `${path.basename(directory)}.lock`);
  const holder = Number.parseInt(readOrEmpty(lockFile), 10);
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database at ${directory} is in use by process ${holder}. ` +
        "Stop that process (for example the running portal) and try again.",
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    if (readOrEmpty(lockFile) === String(process.pid)) fs.rmSync(lockFile, { force: true });
  };
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}
