import net from "node:net";

/** Resolves once something accepts TCP connections on host:port; rejects when `isGone()` turns true. */
export async function waitForPort(host: string, port: number, isGone: () => boolean): Promise<void> {
  while (!isGone()) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the server exited before it started listening");
}
