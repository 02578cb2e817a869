/**
 * Pinned trust anchors (scqr-v1 §4: "a verifier pins both regions' anchor public keys"):
 * TRUST_ANCHORS names a JSON file `[{ "region": "500000", "jwk": { EC P-256 public key } }, …]`.
 * The node's own anchor is always pinned; the file may repeat it but not contradict it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { Region } from '../../../../../types/identity';
import { EcJwk } from '../../../../../types/service-code';
import { type EcPublicJwk, publicKeyFromJwk } from '../../../../../scqr/keys';

export interface PinnedAnchor {
  region: Region;
  jwk: EcPublicJwk;
}

const AnchorsFile = z.array(z.object({ region: Region, jwk: EcJwk }));

function sameKey(a: EcPublicJwk, b: EcPublicJwk): boolean {
  return a.x === b.x && a.y === b.y;
}

/** Parses and checks a pinned-anchors file (every key must be a point on P-256). */
export function readPinnedAnchorsFile(file: string): PinnedAnchor[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`TRUST_ANCHORS ${file}: ${(error as Error).message}`);
  }
  const parsed = AnchorsFile.safeParse(json);
  if (!parsed.success) throw new Error(`TRUST_ANCHORS ${file}: not a list of { region, jwk } (${parsed.error.issues[0]?.message})`);
  const anchors = parsed.data.map(({ region, jwk }) => ({ region, jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y } }));
  for (const anchor of anchors) {
    try {
      publicKeyFromJwk(anchor.jwk);
    } catch (error) {
      throw new Error(`TRUST_ANCHORS ${file}: the anchor of ${anchor.region} is not a P-256 key (${(error as Error).message})`);
    }
  }
  return anchors;
}

/**
 * The node's own anchor first, then the file's (one per region). A file pinning another key for
 * this node's own region is a configuration error: the node would refuse its own list.
 */
export function pinnedAnchors(own: PinnedAnchor, file: string | null): PinnedAnchor[] {
  const result: PinnedAnchor[] = [own];
  for (const anchor of file ? readPinnedAnchorsFile(file) : []) {
    const seen = result.find((a) => a.region === anchor.region);
    if (!seen) result.push(anchor);
    else if (!sameKey(seen.jwk, anchor.jwk)) {
      throw new Error(
        anchor.region === own.region
          ? `TRUST_ANCHORS pins another anchor for this node's own region ${own.region}`
          : `TRUST_ANCHORS pins two different anchors for region ${anchor.region}`,
      );
    }
  }
  return result;
}

export function writePinnedAnchorsFile(file: string, anchors: readonly PinnedAnchor[]): void {
  writeFileSync(file, JSON.stringify(anchors, null, 2) + '\n', { mode: 0o644 });
}
