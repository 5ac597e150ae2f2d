// Runs once when a server process starts (next dev and next start), before any request.
export async function register() {
  // Next's own variable, read before anything is imported: the start-up only runs in Node.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareServer } = await import("./lib/startup");
  await prepareServer();
}
