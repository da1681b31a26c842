/**
 * Log pages by cursor: the binary search finds the same page as reading the log entry by entry would, in both orders,
 * for any log with gaps in its sequence (entries dropped by the limits) and any cursor, inside the log or not.
 */
import fc from 'fast-check';
import { selectPage, sequenceOf, type PageRequest } from '../../src/runtime/paging';

/** The page by definition: every entry in the order asked, past the cursor, up to the limit. */
function pageByScanning(oldestFirst: { id: string }[], request: PageRequest): { id: string }[] {
  const ordered = request.order === 'newest' ? [...oldestFirst].reverse() : oldestFirst;
  const after = request.after;
  const pastCursor = ordered.filter((entry) => after === undefined || (request.order === 'newest' ? sequenceOf(entry.id) < after : sequenceOf(entry.id) > after));
  return pastCursor.slice(0, request.limit);
}

const log = fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 60 }).map((sequences) =>
  sequences.sort((a, b) => a - b).map((sequence) => ({ id: `req_${String(sequence).padStart(6, '0')}` })),
);

test('a page is the entries past the cursor in the order asked, up to the limit', () => {
  fc.assert(
    fc.property(log, fc.integer({ min: 1, max: 20 }), fc.constantFrom<'oldest' | 'newest'>('oldest', 'newest'), fc.option(fc.integer({ min: 0, max: 510 }), { nil: undefined }), (entries, limit, order, after) => {
      const request: PageRequest = { limit, order, ...(after === undefined ? {} : { after }) };
      expect(selectPage(entries, request)).toEqual(pageByScanning(entries, request));
    }),
  );
});

test('walking the pages visits every entry once, in either order', () => {
  const entries = Array.from({ length: 25 }, (_, index) => ({ id: `dlv_${String(index * 3 + 1).padStart(6, '0')}` }));
  for (const order of ['oldest', 'newest'] as const) {
    const seen: string[] = [];
    let after: number | undefined;
    for (;;) {
      const page = selectPage(entries, { limit: 7, order, ...(after === undefined ? {} : { after }) });
      seen.push(...page.map((entry) => entry.id));
      if (page.length < 7) break;
      after = sequenceOf((page.at(-1) as { id: string }).id);
    }
    expect(seen).toEqual((order === 'newest' ? [...entries].reverse() : entries).map((entry) => entry.id));
  }
});
