import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

/** A way to the site that a test can cut, for a driver that cannot take its browser offline. */
export type Relay = {
  readonly origin: string;
  /** From now on every connection, open or new, ends at once: the network is gone. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
};

/** Forwards every connection on a free local port to the site's, byte for byte. */
export async function startRelay(site: string): Promise<Relay> {
  const target = new URL(site);
  const sockets = new Set<Socket>();
  let cut = false;
  const server = createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // One side failing ends the other: the browser sees a dropped connection.
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    cut() {
      cut = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      cut = false;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
