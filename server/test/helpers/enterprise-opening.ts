import { PNG } from 'pngjs';

/**
 * 企业设立登记 (SCJG-0001) applied for and approved over HTTP, for journeys that start once the
 * enterprise exists (its 营业执照 in the founder's wallet, its seal on their seal page). Plain
 * fetch against a base URL, so the browser journeys (a spawned server) and the mini-program ones
 * (an in-process test server) set up the same way.
 */
export interface EnterpriseOpening {
  /** The node's origin, e.g. http://127.0.0.1:4321. */
  baseUrl: string;
  /** The founder's session (signed in on the phone under test). */
  founderToken: string;
  /** The founder as the population registry knows them: they are verified first. */
  founder: { name: string; idNumber: string };
  company: string;
  /** A 成都 reviewer's session: accepts and approves the application. */
  reviewerToken: string;
}

let openings = 0;

/** Returns the approved application's id. */
export async function openApprovedEnterprise(opening: EnterpriseOpening): Promise<string> {
  const { baseUrl, founderToken, founder, company, reviewerToken } = opening;
  const call = <T>(method: string, urlPath: string, token?: string, body?: unknown, headers: Record<string, string> = {}) =>
    callJson<T>(baseUrl, method, urlPath, token, body, headers);

  await call('POST', '/api/v1/me/real-name', founderToken, founder);
  const form = await call<{ materials: { id: string; required: boolean; visibleWhen?: unknown }[] }>('GET', '/api/v1/services/SCJG-0001/form');
  const values: Record<string, unknown> = {
    companyName: company,
    companyType: 'llc',
    registeredCapital: 100,
    businessScope: '电子签章技术服务',
    businessAddress: '四川省成都市高新区天府三街1号',
    shareholderCount: 1,
  };
  // The server checks an upload's bytes, not its name: each material is a real (tiny) PNG.
  const png = new PNG({ width: 8, height: 8 });
  png.data.fill(180);
  const dataBase64 = PNG.sync.write(png).toString('base64');
  for (const slot of form.materials) {
    if (!slot.required || slot.visibleWhen) continue;
    const upload = await call<{ id: string }>('POST', '/api/v1/uploads', founderToken, { name: 'material.png', contentType: 'image/png', dataBase64 });
    values[slot.id] = { source: 'upload', uploadIds: [upload.id] };
  }
  openings += 1;
  const application = await call<{ id: string }>('POST', '/api/v1/me/applications', founderToken, { serviceCode: 'SCJG-0001', values }, { 'idempotency-key': `opening-${Date.now().toString(36)}-${openings}` });
  for (const action of ['accept', 'approve']) {
    await call('POST', `/api/v1/staff/applications/${application.id}/transitions`, reviewerToken, { action });
  }
  return application.id;
}

async function callJson<T>(baseUrl: string, method: string, urlPath: string, token?: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${baseUrl}${urlPath}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${urlPath}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : {}) as T;
}
