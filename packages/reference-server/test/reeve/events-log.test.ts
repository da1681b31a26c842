/**
 * Endpoint 6's store (docs/reeve-api.md §3): the caller's events in the caller's brand, newest first, filtered by
 * type and provider, at most `limit`, within 7 days on the server clock, and bounded (`reeve_events`).
 */
import { SystemEventLog } from '../../src/reeve/events/event-log';
import { ControllableClock } from '../../src/runtime/clock';

const DAY = 24 * 3600;
const ADA = { userId: 'usr_ada', brandId: 'brand_ada' };

function setUp(capacity = 100) {
  const clock = new ControllableClock();
  clock.freeze();
  const log = new SystemEventLog(capacity, () => clock.now());
  const record = (owner: { userId: string; brandId: string }, type: 'github.push' | 'stripe.invoice.created' | 'connection.connected', provider: 'github' | 'stripe', n: number) =>
    log.record(owner.userId, { type, provider, brand_id: owner.brandId, connection_account: null, data: { n } });
  return { clock, log, record };
}

const numbers = (events: Array<{ data: unknown }>) => events.map((event) => (event.data as { n: number }).n);

describe('the SystemEvent log', () => {
  it('lists the user’s events in the brand newest first, filtered and limited', () => {
    const { log, record, clock } = setUp();
    record(ADA, 'github.push', 'github', 1);
    clock.advance(1);
    record(ADA, 'stripe.invoice.created', 'stripe', 2);
    clock.advance(1);
    record(ADA, 'connection.connected', 'github', 3);
    record({ userId: 'usr_bob', brandId: ADA.brandId }, 'github.push', 'github', 4);
    record({ userId: ADA.userId, brandId: 'brand_shared' }, 'github.push', 'github', 5);

    expect(numbers(log.list({ ...ADA, limit: 20 }))).toEqual([3, 2, 1]);
    expect(numbers(log.list({ ...ADA, limit: 2 }))).toEqual([3, 2]);
    expect(numbers(log.list({ ...ADA, limit: 20, provider: 'github' }))).toEqual([3, 1]);
    expect(numbers(log.list({ ...ADA, limit: 20, type: 'github.push' }))).toEqual([1]);
    expect(numbers(log.list({ ...ADA, limit: 20, type: 'github.push', provider: 'stripe' }))).toEqual([]);
    expect(numbers(log.list({ userId: ADA.userId, brandId: 'brand_shared', limit: 20 }))).toEqual([5]);
  });

  it('covers the last 7 days of the server clock', () => {
    const { log, record, clock } = setUp();
    record(ADA, 'github.push', 'github', 1);
    clock.advance(7 * DAY);
    expect(numbers(log.list({ ...ADA, limit: 20 }))).toEqual([1]);
    clock.advance(1);
    expect(log.list({ ...ADA, limit: 20 })).toEqual([]);
  });

  it('keeps at most its capacity, dropping the oldest', () => {
    const { log, record } = setUp(3);
    for (let n = 1; n <= 5; n += 1) record(ADA, 'github.push', 'github', n);
    expect(numbers(log.list({ ...ADA, limit: 100 }))).toEqual([5, 4, 3]);
  });

  it('gives each event its own evt_ id, the same sequence again after clear', () => {
    const { log, record } = setUp();
    const first = record(ADA, 'github.push', 'github', 1).id;
    expect(record(ADA, 'github.push', 'github', 2).id).not.toBe(first);
    log.clear();
    expect(log.list({ ...ADA, limit: 20 })).toEqual([]);
    expect(record(ADA, 'github.push', 'github', 1).id).toBe(first);
  });
});
