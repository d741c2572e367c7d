/**
 * An HTTP relay in front of Azurite that holds back the requests a test names (e.g. every write to the Audit
 * table) and passes the rest: a service behind it sees those calls go unanswered, as when an instance dies
 * with them in flight. `close()` drops what it holds without ever passing it on.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface HoldingProxy {
  port: number;
  /** How many requests it is holding back. */
  held: () => number;
  close: () => Promise<void>;
}

export async function startHoldingProxy(
  targetPort: number,
  holds: (method: string, url: string) => boolean,
): Promise<HoldingProxy> {
  const held: ServerResponse[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (holds(req.method ?? "", decodeURIComponent(req.url ?? ""))) {
      held.push(res);
      return;
    }
    const upstream = request(
      { host: "127.0.0.1", port: targetPort, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    held: () => held.length,
    close: async () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
