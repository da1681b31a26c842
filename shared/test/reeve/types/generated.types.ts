/**
 * Compile-time proof (run by `npm run typecheck`) that Reeve's generated declarations (shared/scripts/generated-types.ts)
 * name and document the catalog's types without changing one: every method, object and event data type equals what
 * the catalog's zod schemas derive. A mismatch names the group or object that differs.
 */
import type { CatalogObjects, EventData, REEVE_EVENTS, ReeveCatalogMethods, ReeveClient } from '@integration-pack/core/reeve';
import type * as catalog from '@integration-pack/core/reeve/api';
import type { EventDataMismatches, MethodMismatches, ObjectMismatches, Verdict } from '../../types/generated-match';

export const methodsMatch: Verdict<MethodMismatches<ReeveCatalogMethods, ReeveClient>> = true;
export const objectsMatch: Verdict<ObjectMismatches<CatalogObjects, typeof catalog>> = true;
export const eventDataMatches: Verdict<EventDataMismatches<EventData, typeof REEVE_EVENTS>> = true;
