/**
 * Signing-key rotation for one region node:
 *
 *   DATA_DIR=.data/510000 REGION=510000 node --import tsx server/src/keys/rotate.ts [--validity-days N] [--withdraw-previous]
 *
 * Adds a new current document-signing key. The previous keys stay in the trust list until their
 * validTo, so codes they signed keep verifying; `--withdraw-previous` removes them at once (a
 * compromised key). A running node notices the new keystore on its next issue, scan or trust-list
 * request and publishes a trust list with a higher version; the peer node picks it up on its next
 * fetch (TRUST_LIST_REFRESH_MINUTES).
 */
import { loadConfig } from '../config';
import { rotateSigningKey } from './keystore';

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

try {
  const options = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const result = rotateSigningKey(config.dataDir, config.region, options);
  console.log(
    JSON.stringify({ region: config.region, dataDir: config.dataDir, current: result.current, kept: result.kept, withdrawn: result.withdrawn }),
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 2;
}
