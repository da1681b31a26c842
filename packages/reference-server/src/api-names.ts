/**
 * The name the journal gives the API that answered a request (`reevo`, `reeve`): its definition's name in lower case,
 * as entries carry it, the admin API's `api` filter takes it and the dashboard shows it.
 */
import type { AnyDefinition } from '@integration-pack/core/machine';
import { reeveApi } from '@integration-pack/core/reeve/api';
import { reevoApi } from '@integration-pack/core/reevo/api';

export function apiNameOf(definition: Pick<AnyDefinition, 'name'>): string {
  return definition.name.toLowerCase();
}

export const REEVO_API_NAME = apiNameOf(reevoApi);
export const REEVE_API_NAME = apiNameOf(reeveApi);
/** The APIs this server serves, by the journal's name. */
export const SERVED_API_NAMES = [REEVO_API_NAME, REEVE_API_NAME] as const;
