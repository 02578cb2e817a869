import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writePinnedAnchorsFile } from '../../src/modules/trust/keys/anchors';
import { exportAnchorFor } from './service-codes';
import { freePort } from './test-server';

export const SC = '510000' as const;
export const CQ = '500000' as const;
type PairRegion = typeof SC | typeof CQ;

export interface RegionPair {
  /** Holds both data dirs and the anchors file; the caller removes it. */
  root: string;
  dirs: Record<PairRegion, string>;
  ports: Record<PairRegion, number>;
  /** A node's environment: its region, both anchors pinned, the other node as its peer. */
  env(region: PairRegion): Record<string, string>;
}

/**
 * The 四川 and 重庆 nodes' data dirs with their keys, one pinned-anchors file with both anchors
 * (as scripts/start.ts writes it) and a free port each, each node the other's PEER_NODES.
 */
export async function prepareRegionPair(prefix: string): Promise<RegionPair> {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = { [SC]: path.join(root, SC), [CQ]: path.join(root, CQ) };
  const anchorsFile = path.join(root, 'anchors.json');
  const anchors = [];
  for (const region of [SC, CQ] as const) anchors.push({ region, jwk: await exportAnchorFor(dirs[region], region) });
  writePinnedAnchorsFile(anchorsFile, anchors);
  const ports = { [SC]: await freePort(), [CQ]: await freePort() };
  const peer = (region: PairRegion) => ports[region === SC ? CQ : SC];
  return {
    root,
    dirs,
    ports,
    env: (region) => ({ REGION: region, TRUST_ANCHORS: anchorsFile, PEER_NODES: `http://127.0.0.1:${peer(region)}`, RATE_LIMIT: 'off' }),
  };
}
