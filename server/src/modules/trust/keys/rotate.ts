/**
 * Signing-key rotation for one region:
 *
 *   DATA_DIR=.data/510000 REGION=510000 [DATABASE_URL=postgres://…] node --import tsx server/src/modules/trust/keys/rotate.ts [--validity-days N] [--withdraw-previous]
 *
 * Adds a new current document-signing key to the region's database (node_keys). The previous
 * keys stay in the trust list until their validTo, so codes they signed keep verifying;
 * `--withdraw-previous` removes them at once (a compromised key). Every running node of the
 * region notices the new key on its next issue, scan or trust-list request and publishes a trust
 * list with a higher version; the peer region picks it up on its next fetch
 * (TRUST_LIST_REFRESH_MINUTES). The private keys are encrypted with DATA_KEY (or the generated
 * key in DATA_DIR/secrets), so this must run with the nodes' keys.
 */
import { loadConfig } from '../../../config';
import { regionsWithKeys, rotateSigningKey } from './keystore';
import { withNodeDatabase } from './node-database';

function parseArgs(argv: string[]): { validityDays?: number; withdrawPrevious: boolean } {
  let validityDays: number | undefined;
  let withdrawPrevious = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--withdraw-previous') withdrawPrevious = true;
    else if (arg === '--validity-days') {
      validityDays = Number(argv[(i += 1)]);
      if (!Number.isInteger(validityDays) || validityDays < 1 || validityDays > 3650) {
        throw new Error('--validity-days takes an integer between 1 and 3650');
      }
    } else throw new Error(`unknown argument ${arg}\nusage: rotate.ts [--validity-days N] [--withdraw-previous]`);
  }
  return { validityDays, withdrawPrevious };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const result = await withNodeDatabase(config, async (db, crypto) => {
    const regions = await regionsWithKeys(db);
    if (regions.length > 0 && !regions.includes(config.region)) {
      throw new Error(`this database holds the keys of region ${regions.join(', ')}, this node is ${config.region}: wrong DATA_DIR or DATABASE_URL?`);
    }
    return rotateSigningKey(db, crypto, config.region, options);
  });
  console.log(
    JSON.stringify({ region: config.region, dataDir: config.dataDir, current: result.current, kept: result.kept, withdrawn: result.withdrawn }),
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 2;
});
