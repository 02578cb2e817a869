/**
 * Command-line verifier, scqr-v1 §7:
 *   tsx scripts/qr-verify.ts --trust-list FILE [--at ISO-8601] [--profile scqr|none] [--prefix P]... PAYLOAD|-
 * Prints one JSON line and exits 0 when ok, 1 when not, 2 on a usage error (message on stderr).
 * --trust-list may be repeated (e.g. both regions' lists); they are merged as a verifier would.
 */
import { readFileSync } from 'node:fs';
import { type Profile, type TrustList, type VerifyResult, mergeTrustLists, parseTrustList, verify } from '../scqr/index';

const USAGE =
  'usage: qr-verify --trust-list FILE [--trust-list FILE]... [--at ISO-8601] [--profile scqr|none] [--prefix P]... PAYLOAD|-';

class UsageError extends Error {}

interface Args {
  trustLists: string[];
  at?: Date;
  profile: Profile;
  prefixes: string[];
  payload: string;
}

function parseArgs(argv: readonly string[]): Args {
  const trustLists: string[] = [];
  const prefixes: string[] = [];
  const positional: string[] = [];
  let at: Date | undefined;
  let profile: Profile = 'scqr';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-' || !arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const value = (): string => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case '--trust-list':
        trustLists.push(value());
        break;
      case '--at': {
        const text = value();
        at = new Date(text);
        if (Number.isNaN(at.getTime())) throw new UsageError(`--at: not an ISO-8601 time: ${text}`);
        break;
      }
      case '--profile': {
        const p = value();
        if (p !== 'scqr' && p !== 'none') throw new UsageError('--profile must be scqr or none');
        profile = p;
        break;
      }
      case '--prefix': {
        const p = value();
        if (p.length === 0) throw new UsageError('--prefix must not be empty');
        prefixes.push(p);
        break;
      }
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  if (trustLists.length === 0) throw new UsageError('--trust-list is required');
  if (positional.length !== 1) throw new UsageError('exactly one PAYLOAD (or - for standard input) is required');
  if (profile === 'scqr' && prefixes.some((p) => p !== 'GSC1:' && p !== 'ECP1:')) {
    throw new UsageError('with --profile scqr, --prefix may only be GSC1: or ECP1: (use --profile none for others)');
  }
  // A QR reader or `echo` leaves a line break; Base45 has a space but no CR/LF, so only those go.
  const payload = positional[0] === '-' ? readFileSync(0, 'utf8').replace(/[\r\n]+$/, '') : positional[0];
  return { trustLists, at, profile, prefixes, payload };
}

function readTrustList(file: string): TrustList {
  try {
    return parseTrustList(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    throw new UsageError(`--trust-list ${file}: ${(e as Error).message}`);
  }
}

/** Field order of the §7 example line. */
function line(r: VerifyResult): string {
  const { ok, reason, kind, iss, kid, claims, body, disclosed } = r;
  return JSON.stringify({ ok, reason, kind, iss, kid, claims, body, disclosed });
}

function main(argv: readonly string[]): number {
  let args: Args;
  let lists: TrustList[];
  try {
    args = parseArgs(argv);
    lists = args.trustLists.map(readTrustList);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`qr-verify: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const result = verify(args.payload, {
    trustList: mergeTrustLists(lists),
    at: args.at,
    profile: args.profile,
    prefixes: args.prefixes.length > 0 ? args.prefixes : undefined,
  });
  process.stdout.write(`${line(result)}\n`);
  return result.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
