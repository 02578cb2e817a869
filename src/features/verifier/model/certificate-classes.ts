import Taro from '@tarojs/taro';
import type { CertificateFieldDef } from '@contract/certificates';
import { listCertificateClasses } from '@/features/verifier/api/verifier-api';

/** What a verifier needs to name a presented certificate and its fields (public catalogue data). */
export interface ClassNames {
  code: string;
  name: string;
  fields: Pick<CertificateFieldDef, 'key' | 'label' | 'labelEn'>[];
}

const KEY = 'cert-classes';
const REFRESH_AFTER_MS = 24 * 3600_000;

let memo: { classes: ClassNames[]; fetchedAt: number } | null = null;

function readKept(): { classes: ClassNames[]; fetchedAt: number } | null {
  const raw: unknown = Taro.getStorageSync(KEY);
  if (typeof raw !== 'string' || raw === '') return null;
  try {
    return JSON.parse(raw) as { classes: ClassNames[]; fetchedAt: number };
  } catch {
    return null;
  }
}

/** The 40-class catalogue, kept on the device so an offline check still names the certificate. */
export async function loadCertificateClasses(): Promise<ClassNames[]> {
  memo ??= readKept();
  if (!memo || Date.now() - memo.fetchedAt > REFRESH_AFTER_MS) {
    try {
      const { items } = await listCertificateClasses();
      const classes = items.map((c) => ({ code: c.code, name: c.name, fields: c.fields.map((f) => ({ key: f.key, label: f.label, labelEn: f.labelEn })) }));
      memo = { classes, fetchedAt: Date.now() };
      Taro.setStorageSync(KEY, JSON.stringify(memo));
    } catch {
      // Offline: the class code stands in for its name.
    }
  }
  return memo?.classes ?? [];
}

/** Synchronous view of what is already loaded (for rendering). */
export function knownCertificateClasses(): ClassNames[] {
  memo ??= readKept();
  return memo?.classes ?? [];
}
