import { isValidCitizenId } from '../../../types/identity-numbers';
import type { RealNameProvider } from './types';

/**
 * Development stand-in for the public-security identity check (公安部身份核验): any name with a
 * checksum-valid citizen ID passes. Tests swap in a double that answers `mismatch`.
 */
export function createDevRealNameProvider(): RealNameProvider {
  return {
    async verify({ idNumber }) {
      return isValidCitizenId(idNumber) ? { ok: true } : { ok: false, reason: 'mismatch' };
    },
  };
}
