/** The catalogue's answer memo (shared/bounded-memo.ts): bounded, and keeps what is asked for. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo } from '../src/shared/bounded-memo';

function counting(limit: number) {
  const computed: string[] = [];
  const memo = boundedMemo<string>(limit);
  const ask = (key: string) => memo(key, () => (computed.push(key), `answer ${key}`));
  return { ask, computed };
}

test('an answer is computed once while it is asked for', () => {
  const { ask, computed } = counting(3);
  for (let round = 0; round < 10; round += 1) {
    // One new question per round: 'hot' stays by being asked, however many others come and go.
    assert.equal(ask('hot'), 'answer hot');
    ask(`cold-${round}`);
  }
  assert.equal(computed.filter((key) => key === 'hot').length, 1);
});

test('at most twice the limit is held: an answer not asked for again is computed anew', () => {
  const { ask, computed } = counting(3);
  for (let i = 0; i < 7; i += 1) ask(`q${i}`);
  ask('q0');
  assert.equal(computed.filter((key) => key === 'q0').length, 2, 'q0 was dropped after 6 newer answers');
  ask('q6');
  assert.equal(computed.filter((key) => key === 'q6').length, 1, 'the newest is still held');
});
