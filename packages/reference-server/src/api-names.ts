/**
 * The name the journal gives the API that answered a request (`reevo`, `reeve`): its definition's name in lower case,
 * as entries carry it, the admin API's `api` filter takes it and the dashboard shows it. Nothing here imports the
 * definitions, so the dashboard's browser code can use these names (`test/api-names.test.ts` holds them to the
 * definitions).
 */

export function apiNameOf<Name extends string>(definition: { name: Name }): Lowercase<Name> {
  return definition.name.toLowerCase() as Lowercase<Name>;
}

export const REEVO_API_NAME = 'reevo';
export const REEVE_API_NAME = 'reeve';
/** The APIs this server serves, by the journal's name. */
export const SERVED_API_NAMES = [REEVO_API_NAME, REEVE_API_NAME] as const;
export type ServedApiName = (typeof SERVED_API_NAMES)[number];
