/** Helpers for the two-node (川渝) wallet journey. */

export interface EcJwkLike {
  kty: string;
  crv: string;
  x: string;
  y: string;
}

/** A node fetches its peers' trust lists at start without waiting: wait until it holds `region`'s. */
export async function waitForPeerTrustList(nodeUrl: string, region: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${nodeUrl}/api/v1/trust-lists`);
      const body = (await res.json()) as { lists?: { region: string }[] };
      if (body.lists?.some((l) => l.region === region)) return;
    } catch {
      // not ready yet
    }
    if (Date.now() > deadline) throw new Error(`${nodeUrl} has no trust list of ${region}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
