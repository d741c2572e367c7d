/**
 * Peers that stop answering, for deadline tests. A frozen process keeps its listening socket: the kernel
 * still accepts connections, but no byte ever comes back (what `kill -STOP` does to Azurite). Killing the
 * process instead refuses connections at once, which every client already survives.
 *
 * - `startFreezableRelay(port)`: a TCP relay in front of a real server (Azurite, a fake identity endpoint).
 *   `freeze()` holds every byte of every connection, open or new; `thaw()` lets the held bytes through and
 *   relays again, so a test shows recovery without restarting the service.
 * - `startSilentPeer()`: accepts connections and never answers.
 */
import { connect, createServer, type Server, type Socket } from "node:net";

export interface FrozenPeer {
  port: number;
  /** Connections accepted so far (each attempt of a client that opens a new connection counts). */
  readonly accepted: number;
  stop: () => Promise<void>;
}

export interface FreezableRelay extends FrozenPeer {
  freeze: () => void;
  thaw: () => void;
  /** Connections that sent bytes while frozen: one per attempt (a client that gave up closes its connection). */
  readonly unanswered: number;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
}

function stopServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise<void>((resolve) => server.close(() => resolve()));
}

export async function startSilentPeer(): Promise<FrozenPeer> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => sockets.delete(socket));
  });
  const port = await listen(server);
  return {
    port,
    get accepted() {
      return accepted;
    },
    stop: () => stopServer(server, sockets),
  };
}

export async function startFreezableRelay(targetPort: number): Promise<FreezableRelay> {
  let frozen = false;
  let accepted = 0;
  const sockets = new Set<Socket>();
  const unanswered = new Set<Socket>();
  /** Bytes held while frozen, in arrival order, with the socket they are for. */
  let held: Array<{ to: Socket; chunk: Buffer }> = [];

  const server = createServer((client) => {
    accepted++;
    const upstream = connect(targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => undefined);
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    const relay = (from: Socket, to: Socket) =>
      from.on("data", (chunk: Buffer) => {
        if (!frozen) {
          to.write(chunk);
          return;
        }
        held.push({ to, chunk });
        if (from === client) unanswered.add(client);
      });
    relay(client, upstream);
    relay(upstream, client);
  });
  const port = await listen(server);
  return {
    port,
    get accepted() {
      return accepted;
    },
    get unanswered() {
      return unanswered.size;
    },
    freeze: () => {
      frozen = true;
      unanswered.clear();
    },
    thaw: () => {
      frozen = false;
      const release = held;
      held = [];
      for (const { to, chunk } of release) if (!to.destroyed) to.write(chunk);
    },
    stop: () => stopServer(server, sockets),
  };
}

/** The same Azurite account, reached through another port (a relay in front of it). */
export function connectionStringThrough(connectionString: string, port: number): string {
  return connectionString.replace(
    /TableEndpoint=http:\/\/127\.0\.0\.1:\d+\//,
    `TableEndpoint=http://127.0.0.1:${port}/`,
  );
}
