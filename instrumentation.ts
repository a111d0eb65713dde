export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { installSocketAddressHeader } = await import("./db/auth/socket-address");
  installSocketAddressHeader();
  const { bootstrapDatabase } = await import("./db/bootstrap");
  await bootstrapDatabase();
  const { removeStaleUploads } = await import("./app/api/imports/temp-files");
  removeStaleUploads();
}
