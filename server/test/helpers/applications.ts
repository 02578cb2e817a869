import { citizenId, loginBySms, verifyRealName, type ApiResponse, type TestServer } from './test-server';

let idCounter = 0;
let keyCounter = 0;

/** A signed-in, real-name verified citizen. */
export async function citizen(server: TestServer, name = '张三'): Promise<{ token: string; phone: string }> {
  const { token, phone } = await loginBySms(server);
  idCounter += 1;
  const seq = String(100 + idCounter).padStart(3, '0');
  await verifyRealName(server, token, name, citizenId(`51010419900101${seq}`.slice(0, 17)));
  return { token, phone };
}

export const STAFF_PHONE = '13900000009';

/** The seeded back-office accounts (server/src/demo/demo-staff.ts), by role and office. */
export const STAFF_PHONES = {
  chengduReviewer: STAFF_PHONE,
  chengduGjjReviewer: '13900000007',
  mianyangReviewer: '13900000008',
  hotline: '13900012345',
  chengduCertificateOfficer: '13900000006',
  chengduSupervisor: '13900000005',
  chongqingReviewer: '13900000029',
  chongqingHotline: '13900000028',
  chongqingCertificateOfficer: '13900000027',
  chongqingSupervisor: '13900000026',
} as const;

/** The seeded 审批人员 at 成都市政务服务中心 (a 综合窗口: every department of 成都). */
export async function staff(server: TestServer, who: keyof typeof STAFF_PHONES = 'chengduReviewer'): Promise<string> {
  return (await loginBySms(server, STAFF_PHONES[who])).token;
}

export function newKey(): string {
  keyCounter += 1;
  return `test-key-${Date.now().toString(36)}-${keyCounter}`;
}

/** 职工参保缴费证明打印: 即办 (0 days), the ID card is its only material. */
export const PROOF_CODE = 'SB-0007';
export function proofValues(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    insuranceKinds: ['pension', 'medical'],
    fromMonth: '2023-01',
    toMonth: '2024-12',
    purpose: 'housing',
    material1: { source: 'certificate', certificateClass: 'IDCARD' },
    ...overrides,
  };
}

export async function submit(
  server: TestServer,
  token: string,
  serviceCode: string,
  values: Record<string, unknown>,
  key = newKey(),
): Promise<ApiResponse> {
  return server.call('POST', '/api/v1/me/applications', { token, headers: { 'idempotency-key': key }, body: { serviceCode, values } });
}

export async function transition(server: TestServer, staffToken: string, id: string, action: string, reason?: string, fields?: string[]) {
  return server.call('POST', `/api/v1/staff/applications/${id}/transitions`, {
    token: staffToken,
    body: { action, ...(reason ? { reason } : {}), ...(fields ? { fields } : {}) },
  });
}

export const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

export async function uploadPng(server: TestServer, token: string, name = 'photo.png'): Promise<string> {
  const res = await server.call('POST', '/api/v1/uploads', {
    token,
    body: { name, contentType: 'image/png', dataBase64: PNG_BYTES.toString('base64') },
  });
  if (res.status !== 200) throw new Error(`upload failed: ${res.status} ${res.text}`);
  return res.body.id;
}
