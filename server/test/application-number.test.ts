import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newApplicationNumber } from '../src/modules/application/application-number';

describe('办件编号', () => {
  const now = new Date('2026-12-03T20:00:00Z'); // 2026-12-04 in China

  test('SC, the China date and eight digits', async () => {
    assert.equal(await newApplicationNumber(now, async () => false, () => 42), 'SC2026120400000042');
  });

  test('a number already taken is drawn again, not submitted to fail on the unique key', async () => {
    const taken = new Set(['SC2026120400000005']);
    const draws = [5, 5, 7];
    const checked: string[] = [];
    const number = await newApplicationNumber(now, async (candidate) => (checked.push(candidate), taken.has(candidate)), () => draws.shift() as number);
    assert.equal(number, 'SC2026120400000007');
    assert.equal(checked.length, 3);
  });

  test('gives up (a 500, not a duplicate) only when every draw is taken', async () => {
    await assert.rejects(newApplicationNumber(now, async () => true, () => 1), /no free application number/);
  });
});
