/**
 * Withdrawing a region's 电子印章 issuer (its key compromised, or its certificate mis-issued):
 *
 *   DATA_DIR=.data/500000 REGION=500000 [DATABASE_URL=postgres://…] node --import tsx server/src/modules/seal/withdraw-issuer.ts --reason "签发机构密钥泄露"
 *
 * Marks the issuer in use withdrawn and makes the next one. Every running node of the region
 * publishes a trust list without the old SEAL entry on its next request (version + 1) and stops
 * trusting the old issuer at once; the other region stops after its next fetch
 * (TRUST_LIST_REFRESH_MINUTES). Seals and timestamps the old issuer certified then verify as
 * untrusted on both sides; new seals are certified by the new issuer, and a seal of the old one
 * gets a new key and certificate at its next stamp. The keys are encrypted with DATA_KEY (or the
 * generated key in DATA_DIR/secrets), so this must run with the nodes' keys.
 */
import { loadConfig } from '../../config';
import { regionsWithKeys } from '../trust/keys/keystore';
import { withNodeDatabase } from '../trust/keys/node-database';
import { createSealRepository } from './seal-repository';
import { withdrawRegionIssuer } from './seal-issuers';
import { issuerKidOf } from './seal-trust';

const USAGE = 'usage: withdraw-issuer.ts --reason "why the issuer is withdrawn"';

function parseArgs(argv: string[]): { reason: string } {
  let reason = '';
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--reason') reason = (argv[(i += 1)] ?? '').trim();
    else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  if (reason.length < 2 || reason.length > 200) throw new Error(`--reason takes 2 to 200 characters\n${USAGE}`);
  return { reason };
}

async function main(): Promise<void> {
  const { reason } = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const result = await withNodeDatabase(config, async (db, crypto) => {
    const regions = await regionsWithKeys(db);
    if (regions.length > 0 && !regions.includes(config.region)) {
      throw new Error(`this database holds the keys of region ${regions.join(', ')}, this node is ${config.region}: wrong DATA_DIR or DATABASE_URL?`);
    }
    return db.transaction(() => withdrawRegionIssuer({ sealRepository: createSealRepository(db), crypto, now: () => new Date(), config }, reason));
  });
  const describe = (issuer: { id: string; name: string; certificate_pem: string }) => ({ id: issuer.id, name: issuer.name, kid: issuerKidOf(issuer.certificate_pem) });
  console.log(JSON.stringify({ region: config.region, withdrawn: result.withdrawn ? describe(result.withdrawn) : null, current: describe(result.current) }));
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 2;
});
