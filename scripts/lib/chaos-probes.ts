export type Probe = { at: number; status: number };
export type Write = Probe & { label: string };

/** Polls /api/health every 200 ms until told to stop. */
export async function watchHealth(base: string, control: { stop: boolean }): Promise<Probe[]> {
  const log: Probe[] = [];
  while (!control.stop) {
    const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(3000) }).catch(() => null);
    log.push({ at: Date.now(), status: res?.status ?? 0 });
    await new Promise((r) => setTimeout(r, 200));
  }
  return log;
}

/** Creates a position every 100 ms (one at a time) and records what the app answered. */
export async function runWriter(base: string, cookie: string, portfolioId: string, control: { stop: boolean }): Promise<Write[]> {
  const log: Write[] = [];
  for (let n = 0; !control.stop; n++) {
    const label = `chaos-${n}`;
    const body = JSON.stringify({ portfolioId, label, asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "1000" });
    const started = Date.now();
    const res = await fetch(`${base}/api/trpc/position.create`, {
      method: "POST", body, headers: { "content-type": "application/json", cookie }, signal: AbortSignal.timeout(5000),
    }).catch(() => null);
    log.push({ at: Date.now(), status: res?.status ?? 0, label });
    await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - started))));
  }
  return log;
}
