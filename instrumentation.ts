export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { installSocketAddressHeader } = await import("./db/auth/socket-address");
  installSocketAddressHeader();
  const path = await import("node:path");
  const { dataDir } = await import("./db/connection");
  const { bootstrapDatabase } = await import("./db/bootstrap");
  const { startupLine } = await import("./db/startup-checks");
  const { removeStaleUploads } = await import("./app/api/imports/temp-files");
  try {
    await bootstrapDatabase();
    removeStaleUploads();
  } catch (error) {
    // One line that says what to do, then exit: a server that cannot use its database must not answer 500s.
    console.error(startupLine(error, path.join(dataDir(), "keel.db")));
    process.exit(1);
  }
}
