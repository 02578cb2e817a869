import type { Region } from '@contract/identity';

/**
 * Where a resident's e-certificates are kept: the issuing departments of the province where their
 * ID was registered (GB 11643: its first two digits name that province), and each region's node
 * holds its own. The masked ID on the profile keeps those digits (5001**********1021).
 */
const PROVINCE_REGION: Record<string, Region> = { '51': '510000', '50': '500000' };

export function homeRegionOf(maskedIdNumber: string): Region | null {
  return PROVINCE_REGION[maskedIdNumber.slice(0, 2)] ?? null;
}

/** The other 川渝 region when that is where the resident's certificates are, null when it is this node. */
export function certificatesElsewhere(maskedIdNumber: string, nodeRegion: Region): Region | null {
  const home = homeRegionOf(maskedIdNumber);
  return home && home !== nodeRegion ? home : null;
}
