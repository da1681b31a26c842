/**
 * Compile-time proof (run by `npm run typecheck`) that the generated declarations (shared/scripts/generated-types.ts)
 * name and document the catalog's types without changing one: every method, object, input and event data type
 * equals what the catalog's zod schemas derive. A mismatch names the group or object that differs.
 */
import type { CatalogObjects, EventData, EVENTS, ReevoClient } from '@integration-pack/core/reevo';
import type * as catalog from '@integration-pack/core/reevo/api';
import type { CatalogMethods } from '../../src/reevo/client';
import type { EventDataMismatches, MethodMismatches, ObjectMismatches, Verdict } from './generated-match';

export const methodsMatch: Verdict<MethodMismatches<CatalogMethods, ReevoClient>> = true;
export const objectsMatch: Verdict<ObjectMismatches<CatalogObjects, typeof catalog>> = true;
export const eventDataMatches: Verdict<EventDataMismatches<EventData, typeof EVENTS>> = true;
