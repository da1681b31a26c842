/** Seeded ids: the same seed gives the same ids in the same order, derived from SHA-256 over (seed, counter). */
import { createHash } from 'node:crypto';
import { SeededIdGenerator } from '../src/runtime/ids';

test('a uuid is SHA-256 of "seed:counter" with the v4 version and variant bits set', () => {
  const digest = createHash('sha256').update('reevo-demo:0').digest();
  digest[6] = (digest[6]! & 0x0f) | 0x40;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  const expected = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  expect(new SeededIdGenerator('reevo-demo').uuid()).toBe(expected);
});

test('the same seed and state give the same sequence; another seed gives another', () => {
  const first = new SeededIdGenerator('seed-a');
  const ids = [first.uuid(), first.eventId(), first.uuid()];
  const again = new SeededIdGenerator('seed-a');
  expect([again.uuid(), again.eventId(), again.uuid()]).toEqual(ids);
  const resumed = SeededIdGenerator.fromState({ seed: 'seed-a', counter: 1 });
  expect([resumed.eventId(), resumed.uuid()]).toEqual(ids.slice(1));
  expect(new SeededIdGenerator('seed-b').uuid()).not.toBe(ids[0]);
  expect(ids[1]).toMatch(/^evt_[0-9a-f]{24}$/);
});

test('fractions fall in [0, 1)', () => {
  const ids = new SeededIdGenerator('jitter');
  for (let n = 0; n < 1_000; n += 1) {
    const value = ids.fraction();
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(1);
  }
});
