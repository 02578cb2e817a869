/**
 * 实名认证 takes a name and an ID number only as the ID system writes them, and tells the resident
 * which part is wrong.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { citizenIdCheckChar, citizenIdProblem, personNameProblem } from '../../types/identity-numbers';
import { citizenId, issueCodes, loginBySms, startTestServer, type TestServer } from './helpers/test-server';

const REAL_NAME = '/api/v1/me/real-name';

let server: TestServer;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
});
after(() => server.close());

async function attempt(name: string, idNumber: string) {
  const { token } = await loginBySms(server);
  return server.call('POST', REAL_NAME, { token, body: { name, idNumber } });
}

describe('names as on the 居民身份证', () => {
  test('a 60-character name is refused for its length, and 16 is one too many', async () => {
    assert.deepEqual(issueCodes(await attempt('张'.repeat(60), citizenId('51010719900307123'))), [['name', 'PERSON_NAME_LENGTH']]);
    assert.equal(personNameProblem('张'.repeat(16)), 'PERSON_NAME_LENGTH');
    assert.equal(personNameProblem('张'.repeat(15)), null);
  });

  test('letters, digits and spaces are not part of a name', async () => {
    assert.deepEqual(issueCodes(await attempt('Zhang Wei', citizenId('51010719900307123'))), [['name', 'PERSON_NAME_CHARACTERS']]);
    assert.equal(personNameProblem('张伟2'), 'PERSON_NAME_CHARACTERS');
    assert.equal(personNameProblem('张 伟'), 'PERSON_NAME_CHARACTERS');
  });

  test('a minority name takes the middle dot between its parts, typed with any of the usual dots', async () => {
    const res = await attempt('买买提•艾力', citizenId('65010219880808123'));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.realName.maskedName, '买****力');
    assert.equal(personNameProblem('·买买提'), 'PERSON_NAME_DOT');
    assert.equal(personNameProblem('买买提··艾力'), 'PERSON_NAME_DOT');
    assert.equal(personNameProblem('买买提·'), 'PERSON_NAME_DOT');
    assert.deepEqual(issueCodes(await attempt('买买提·', citizenId('65010219880808124'))), [['name', 'PERSON_NAME_DOT']]);
  });

  test('a rare character outside the basic block is a name character', () => {
    assert.equal(personNameProblem('王𠇔'), null);
  });
});

describe('ID numbers: each mistake its own code', () => {
  const good = citizenId('51010719900307123');

  test('too short, too long', async () => {
    assert.deepEqual(issueCodes(await attempt('张伟', good.slice(0, 17))), [['idNumber', 'CITIZEN_ID_LENGTH']]);
    assert.deepEqual(issueCodes(await attempt('张伟', `${good}1`)), [['idNumber', 'CITIZEN_ID_LENGTH']]);
  });

  test('a letter where a digit belongs', async () => {
    assert.deepEqual(issueCodes(await attempt('张伟', `5101071990030712X${good.slice(-1)}`)), [['idNumber', 'CITIZEN_ID_FORMAT']]);
  });

  test('a birth date that cannot be', async () => {
    const feb30 = '51010719900230123';
    assert.deepEqual(issueCodes(await attempt('张伟', `${feb30}${citizenIdCheckChar(feb30)}`)), [['idNumber', 'CITIZEN_ID_BIRTH_DATE']]);
    const future = '51010721000101123';
    assert.equal(citizenIdProblem(`${future}${citizenIdCheckChar(future)}`, new Date('2026-12-03')), 'CITIZEN_ID_BIRTH_DATE');
  });

  test('a mistyped digit shows in the check character', async () => {
    const typo = `${good.slice(0, 14)}${(Number(good[14]) + 1) % 10}${good.slice(15)}`;
    assert.deepEqual(issueCodes(await attempt('张伟', typo)), [['idNumber', 'CITIZEN_ID_CHECK_DIGIT']]);
  });
});
