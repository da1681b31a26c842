/**
 * How a fake provider behaves, as `PUT /__admin/reeve/providers/{provider}` sets it (docs/reeve-api.md §6): the two
 * `reject_next_*` flags act once; `refresh` and `reachable` stay until changed.
 */
export interface ProviderBehaviour {
  /** Refuse the next API key it is asked to check, whatever the key. */
  reject_next_key: boolean;
  /** Answer `invalid_grant` to the next authorization code it is asked to exchange. */
  reject_next_code: boolean;
  /** How refresh grants are answered: by the token model (`ok`), always `invalid_grant`, or not at all. */
  refresh: 'ok' | 'invalid_grant' | 'unreachable';
  /** False: every call to the provider fails as if it were down. */
  reachable: boolean;
}

export const DEFAULT_BEHAVIOUR: Readonly<ProviderBehaviour> = Object.freeze({ reject_next_key: false, reject_next_code: false, refresh: 'ok', reachable: true });

/** The provider could not be reached (admin `reachable: false`, or `refresh: "unreachable"` for refreshes). */
export class ProviderUnreachableError extends Error {
  constructor(readonly providerName: string) {
    super(`${providerName} could not be reached.`);
    this.name = 'ProviderUnreachableError';
  }
}
