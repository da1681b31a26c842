/**
 * Compile-time proof (run by `npm run typecheck`) that the generated declarations (shared/scripts/generated-types.ts)
 * name and document the catalog's types without changing one: every method, object, input and event data type
 * equals what the catalog's zod schemas derive. A mismatch names the group or object that differs.
 */
import type { CatalogObjects, EventData, EventType, EVENTS, KnownOutput, ReevoClient } from '@integration-pack/core/reevo';
import type * as catalog from '@integration-pack/core/reevo/api';
import type { CatalogMethods } from '../../src/reevo/client';

/** True when each is assignable to the other (what the generated files promise; their words differ, not their types). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type MethodMismatches = {
  [G in keyof CatalogMethods]: {
    [M in keyof CatalogMethods[G] | keyof ReevoClient[G]]: M extends keyof CatalogMethods[G] & keyof ReevoClient[G]
      ? CatalogMethods[G][M] extends (...args: infer P) => infer R
        ? ReevoClient[G][M] extends (...args: infer GP) => infer GR
          ? Same<P, GP> extends true
            ? Same<R, GR> extends true
              ? never
              : `${G & string}.${M & string} returns another type`
            : `${G & string}.${M & string} takes other arguments`
          : `${G & string}.${M & string} is not a method`
        : never
      : `${G & string}.${M & string} is in only one of the two`;
  }[keyof CatalogMethods[G] | keyof ReevoClient[G]];
}[keyof CatalogMethods];

type ObjectMismatches = {
  [K in keyof CatalogObjects]: Same<CatalogObjects[K], KnownOutput<(typeof catalog)[K]>> extends true ? never : K;
}[keyof CatalogObjects];

type EventDataMismatches = {
  [T in EventType]: Same<EventData[T], KnownOutput<(typeof EVENTS)[T]['data']>> extends true ? never : T;
}[EventType];

export const methodsMatch: [MethodMismatches] extends [never] ? true : MethodMismatches = true;
export const objectsMatch: [ObjectMismatches] extends [never] ? true : ObjectMismatches = true;
export const eventDataMatches: [EventDataMismatches] extends [never] ? true : EventDataMismatches = true;
