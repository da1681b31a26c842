/** The delivery ids endpoint 10 has seen (docs/reeve-api.md §3): per connection, and bounded (`reeve_inbound_delivery_ids`). */
import { SeenDeliveries } from '../../src/reeve/inbound/seen-deliveries';

describe('seen delivery ids', () => {
  it('are per connection: the same id from another connection is new', () => {
    const seen = new SeenDeliveries(10);
    expect(seen.firstTime('conn_a', 'evt_1')).toBe(true);
    expect(seen.firstTime('conn_a', 'evt_1')).toBe(false);
    expect(seen.firstTime('conn_b', 'evt_1')).toBe(true);
  });

  it('keep the newest ids up to their bound, forgetting the oldest first', () => {
    const seen = new SeenDeliveries(2);
    seen.firstTime('conn_a', 'd1');
    seen.firstTime('conn_a', 'd2');
    seen.firstTime('conn_a', 'd3');
    expect(seen.firstTime('conn_a', 'd3')).toBe(false);
    expect(seen.firstTime('conn_a', 'd2')).toBe(false);
    expect(seen.firstTime('conn_a', 'd1')).toBe(true);
  });

  it('forget everything on clear (the admin reset)', () => {
    const seen = new SeenDeliveries(2);
    seen.firstTime('conn_a', 'd1');
    seen.clear();
    expect(seen.firstTime('conn_a', 'd1')).toBe(true);
  });
});
