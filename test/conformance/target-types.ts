/**
 * Compile-time checks of the target seam: `npm run typecheck` (tsc -p test) fails if they stop holding. Nothing here
 * runs; remote.test.ts shows the same at run time.
 */
import type { Section, TargetSource } from './suite';
import type { Session, Target } from './target';

/** A target for a server the suite does not control is a base URL and a key: no admin API, no connection. */
export const remoteTargetWithoutAdmin: Target = { baseUrl: 'https://api.reevo.ai', apiKey: 'rv_a_key_with_every_permission' };

/** A section that needs the admin API cannot be registered with a session that lacks it. */
export function adminSectionsRefuseASessionWithoutAdmin(section: Extract<Section, { needs: 'admin' }>, keyOnly: () => Session) {
  // @ts-expect-error `admin` is optional in a Session and required in an AdminSession.
  section.register(keyOnly);
}

/** A source that promises the admin API (so every section is registered) must start a target that has it. */
// @ts-expect-error a target without `admin` is not an AdminTarget.
export const adminSourcesGiveAdmin: TargetSource = { admin: true, start: async () => ({ target: remoteTargetWithoutAdmin }) };
