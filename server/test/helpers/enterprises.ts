import assert from 'node:assert/strict';
import type { EnterpriseScope } from '../../../types/identity';
import { DEMO_ENTERPRISES, type DemoEnterprise } from '../../src/demo/demo-enterprises';
import { citizenId, loginBySms, verifyRealName, type TestServer } from './test-server';

export const enterpriseNamed = (name: string): DemoEnterprise => {
  const found = DEMO_ENTERPRISES.find((e) => e.name === name);
  if (!found) throw new Error(`no demo enterprise ${name}`);
  return found;
};

export interface Representative {
  token: string;
  phone: string;
  enterpriseId: string;
}

/** One account per registry legal representative per server: an ID number verifies on one account only. */
const representatives = new WeakMap<TestServer, Map<string, Representative>>();

/**
 * Signs in as the enterprise's registered legal representative (the registry's name and citizen ID),
 * binds it and acts as it. The same server answers the same account for the same enterprise.
 */
export async function legalRepresentative(server: TestServer, enterprise: DemoEnterprise): Promise<Representative> {
  let known = representatives.get(server);
  if (!known) representatives.set(server, (known = new Map()));
  const cached = known.get(enterprise.creditCode);
  if (cached) return cached;
  const { token, phone } = await loginBySms(server);
  await verifyRealName(server, token, enterprise.legalRepresentative, enterprise.legalRepresentativeIdNumber);
  const bound = await server.call('POST', '/api/v1/me/enterprises', { token, body: { creditCode: enterprise.creditCode } });
  assert.equal(bound.status, 200, bound.text);
  assert.equal(bound.body.role, 'legal_representative');
  const acting = await server.call('PUT', '/api/v1/me/acting-as', { token, body: { enterpriseId: bound.body.id } });
  assert.equal(acting.status, 200, acting.text);
  const rep = { token, phone, enterpriseId: bound.body.id as string };
  known.set(enterprise.creditCode, rep);
  return rep;
}

let agentCounter = 0;

/** A fresh real-name user (not the representative), named and numbered for an authorization. */
export async function person(server: TestServer, name = '钱经办'): Promise<{ token: string; phone: string; name: string; idNumber: string }> {
  agentCounter += 1;
  const { token, phone } = await loginBySms(server);
  const idNumber = citizenId(`51010619920202${String(500 + agentCounter).padStart(3, '0')}`);
  await verifyRealName(server, token, name, idNumber);
  return { token, phone, name, idNumber };
}

export function authorizationsPath(enterpriseId: string): string {
  return `/api/v1/me/enterprises/${enterpriseId}/authorizations`;
}

export async function grant(
  server: TestServer,
  rep: Representative,
  grantee: { name: string; idNumber: string },
  scopes: EnterpriseScope[],
  validUntil = validUntilFromNow(server, 30),
) {
  return server.call('POST', authorizationsPath(rep.enterpriseId), {
    token: rep.token,
    body: { granteeName: grantee.name, granteeIdNumber: grantee.idNumber, scopes, validUntil },
  });
}

/** An agent authorized by the representative for `scopes`, bound and acting for the enterprise. */
export async function authorizedAgent(server: TestServer, enterprise: DemoEnterprise, scopes: EnterpriseScope[], name = '钱经办') {
  const rep = await legalRepresentative(server, enterprise);
  const agent = await person(server, name);
  const granted = await grant(server, rep, agent, scopes, validUntilFromNow(server, 30));
  assert.equal(granted.status, 200, granted.text);
  const bound = await server.call('POST', '/api/v1/me/enterprises', { token: agent.token, body: { creditCode: enterprise.creditCode } });
  assert.equal(bound.status, 200, bound.text);
  assert.equal(bound.body.role, 'agent');
  const acting = await server.call('PUT', '/api/v1/me/acting-as', { token: agent.token, body: { enterpriseId: bound.body.id } });
  assert.equal(acting.status, 200, acting.text);
  return { ...agent, rep, enterpriseId: bound.body.id as string, authorizationId: granted.body.id as string };
}

/** A China calendar date `days` after the test server's clock. */
export function validUntilFromNow(server: TestServer, days: number): string {
  return new Date(server.clock.now().getTime() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
