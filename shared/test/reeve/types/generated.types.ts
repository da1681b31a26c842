/**
 * Compile-time proof (run by `npm run typecheck`) that Reeve's generated declarations (shared/scripts/generated-types.ts)
 * name and document the catalog's types without changing one: every method, object and event data type equals what
 * the catalog's zod schemas derive. A mismatch names the group or object that differs.
 */
import type { CatalogObjects, EventData, KnownOutput, REEVE_EVENTS, ReeveCatalogMethods, ReeveClient, ReeveEventType } from '@reevo/client/reeve';
import type * as catalog from '@reevo/client/reeve-catalog';

/** True when each is assignable to the other (what the generated files promise; their words differ, not their types). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type MethodMismatches = {
  [G in keyof ReeveCatalogMethods]: {
    [M in keyof ReeveCatalogMethods[G] | keyof ReeveClient[G]]: M extends keyof ReeveCatalogMethods[G] & keyof ReeveClient[G]
      ? ReeveCatalogMethods[G][M] extends (...args: infer P) => infer R
        ? ReeveClient[G][M] extends (...args: infer GP) => infer GR
          ? Same<P, GP> extends true
            ? Same<R, GR> extends true
              ? never
              : `${G & string}.${M & string} returns another type`
            : `${G & string}.${M & string} takes other arguments`
          : `${G & string}.${M & string} is not a method`
        : never
      : `${G & string}.${M & string} is in only one of the two`;
  }[keyof ReeveCatalogMethods[G] | keyof ReeveClient[G]];
}[keyof ReeveCatalogMethods];

type ObjectMismatches = {
  [K in keyof CatalogObjects]: Same<CatalogObjects[K], KnownOutput<(typeof catalog)[K]>> extends true ? never : K;
}[keyof CatalogObjects];

type EventDataMismatches = {
  [T in ReeveEventType]: Same<EventData[T], KnownOutput<(typeof REEVE_EVENTS)[T]['data']>> extends true ? never : T;
}[ReeveEventType];

export const methodsMatch: [MethodMismatches] extends [never] ? true : MethodMismatches = true;
export const objectsMatch: [ObjectMismatches] extends [never] ? true : ObjectMismatches = true;
export const eventDataMatches: [EventDataMismatches] extends [never] ? true : EventDataMismatches = true;
