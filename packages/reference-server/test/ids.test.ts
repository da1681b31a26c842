/** Seeded ids: the same seed gives the same ids in the same order, derived from SHA-256 over (seed, counter). */
import { createHash } from 'node:crypto';
import { SeededIdGenerator } from '../src/runtime/ids';

/** The definition, written the plain way: bytes of SHA-256 over "seed:counter", version and variant bits set. */
function referenceUuid(seed: string, counter: number): string {
  const digest = createHash('sha256').update(`${seed}:${counter}`).digest();
  digest[6] = (digest[6]! & 0x0f) | 0x40;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

test('each uuid is SHA-256 of "seed:counter" with the v4 version and variant bits set', () => {
  const ids = new SeededIdGenerator('reevo-demo');
  for (let counter = 0; counter < 300; counter += 1) expect(ids.uuid()).toBe(referenceUuid('reevo-demo', counter));
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

test('an event id is the first 12 bytes of the next digest; a fraction, its first 4 bytes over 2^32', () => {
  const ids = new SeededIdGenerator('reevo-demo');
  expect(ids.eventId()).toBe(`evt_${createHash('sha256').update('reevo-demo:0').digest().subarray(0, 12).toString('hex')}`);
  expect(ids.fraction()).toBe(createHash('sha256').update('reevo-demo:1').digest().readUInt32BE(0) / 2 ** 32);
});

test('fractions fall in [0, 1)', () => {
  const ids = new SeededIdGenerator('jitter');
  for (let n = 0; n < 1_000; n += 1) {
    const value = ids.fraction();
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(1);
  }
});
