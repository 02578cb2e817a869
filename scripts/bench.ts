/**
 * `npm run bench`: the project's budgets, measured on this machine, printed as one table.
 * Exits non-zero when a measured value misses its target.
 */
import { measureApi } from './bench/api-load';
import { measureH5FirstLoad, measureWeapp } from './bench/bundle-sizes';
import { formatTable, withinTarget, type BenchRow } from './bench/report';
import { measureBrowser } from './bench/browser';
import { measureCertificates } from './bench/certificates';
import { measurePolicyMatching } from './bench/policies';
import { measureResolution } from './bench/resolve';
import { measureQrImages } from './bench/qr-sizes';
import { measureSearch } from './bench/search';

async function main() {
  const rows: BenchRow[] = [
    ...measureWeapp(),
    ...(await measureH5FirstLoad()),
    ...measureQrImages(),
    ...(await measureApi('/api/v1/services?audience=person', '/api/v1/services/search?q=%E7%A4%BE%E4%BF%9D%E5%8D%A1')),
    ...measureSearch(),
    ...(await measureBrowser()),
    ...(await measureResolution()),
    ...(await measureCertificates()),
    ...measurePolicyMatching(),
  ];
  console.log(`\n${formatTable(rows)}`);
  if (rows.some((r) => withinTarget(r) === false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
