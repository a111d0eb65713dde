import http from "node:http";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";

const globalForPatch = globalThis as unknown as { keelSocketAddress?: boolean };

/**
 * Next.js keeps a client's own X-Forwarded-For and offers handlers no socket, so the server stamps each
 * request with its TCP peer's address before Next sees it; sign-in limits key on it (lib/auth/client-address.ts).
 */
export function installSocketAddressHeader(): void {
  if (globalForPatch.keelSocketAddress) return;
  globalForPatch.keelSocketAddress = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[SOCKET_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "unknown";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
