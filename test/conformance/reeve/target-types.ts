/**
 * Compile-time checks of Reeve's target seam: `npm run typecheck` (tsc -p test) fails if they stop holding. Nothing
 * here runs; remote.test.ts shows the same at run time.
 */
import type { ReeveSection, ReeveTargetSource } from './suite';
import type { ReeveSession, ReeveTarget } from './target';

/** A target for a server the suite does not control is a base URL and a session token: no admin API, no connection. */
export const remoteTargetWithoutAdmin: ReeveTarget = { baseUrl: 'https://services.meetreeve.com', sessionToken: '8c1f7b9e-0000-4000-8000-000000000000' };

/** A brand is optional, and only a brand. */
export const remoteTargetWithBrand: ReeveTarget = { ...remoteTargetWithoutAdmin, brand: 'brand_1' };

/** A section that needs the admin API cannot be registered with a session that lacks it. */
export function adminSectionsRefuseASessionWithoutAdmin(section: Extract<ReeveSection, { needs: 'admin' }>, sessionOnly: () => ReeveSession) {
  // @ts-expect-error `admin` is optional in a ReeveSession and required in the session an admin section takes.
  section.register(sessionOnly);
}

/** A source that promises the admin API (so every section is registered) must start a target that has it. */
// @ts-expect-error a target without `admin` is not one with the admin API.
export const adminSourcesGiveAdmin: ReeveTargetSource = { admin: true, start: async () => ({ target: remoteTargetWithoutAdmin }) };
