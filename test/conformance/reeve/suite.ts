/**
 * Reeve's conformance suite (docs/reeve-api.md), written once against a target (a base URL and a session token) and
 * registered by each entry file for the target it chooses; sections and targets work as Reevo's do (../seam/suite.ts).
 * Sections that move the server's clock far ahead come last: they outlive the target's own session.
 */
import { defineSuite, type Section, type TargetSource } from '../seam/suite';
import { describeApiKeys } from './api-keys';
import { describeSessionAuthentication, describeSessionLifecycle } from './authentication';
import { describeBrands, describeSessionBrands } from './brands';
import { describeDisconnect } from './disconnect';
import { SESSION_ERROR_ROWS } from './error-rows';
import { HAPPY_PATHS } from './happy-paths';
import { describeInboundWebhooks } from './inbound-webhooks';
import { describeOAuth } from './oauth';
import { describeRefresh } from './refresh';
import { describeScoping } from './scoping';
import { openReeveSession, type ReeveSession, type ReeveTarget } from './target';

export type ReeveTargetSource = TargetSource<ReeveTarget>;
export type ReeveSection = Section<ReeveSession>;

export const REEVE_SECTIONS: readonly ReeveSection[] = [
  { name: 'authentication', needs: 'credentials', register: describeSessionAuthentication },
  { name: 'brands that need only a session', needs: 'credentials', register: describeSessionBrands },
  {
    name: 'error rows that need only a session',
    needs: 'credentials',
    register: (session) =>
      it.each(Object.entries(SESSION_ERROR_ROWS))('%s', async (_row, run) => {
        await run(session());
      }),
  },
  {
    name: 'success of every operation',
    needs: 'admin',
    adminFor: 'a fresh user for each operation, and the fake providers to connect through',
    register: (session) =>
      it.each(Object.entries(HAPPY_PATHS))('%s', async (_operationId, scenario) => {
        await scenario(session(), await session().admin.user());
      }),
  },
  { name: 'brands', needs: 'admin', adminFor: 'users and brands made for each test', register: describeBrands },
  { name: 'the OAuth dance', needs: 'admin', adminFor: 'the fake providers\' consent pages, their code refusals, and the clock', register: describeOAuth },
  { name: 'API-key connect', needs: 'admin', adminFor: 'fake providers told to refuse a key or to be unreachable', register: describeApiKeys },
  { name: 'disconnect and revoke', needs: 'admin', adminFor: 'connections made through the fake providers, and the stored rows', register: describeDisconnect },
  { name: 'inbound provider webhooks', needs: 'admin', adminFor: 'each connection\'s webhook URL and secret, which only the stored rows show', register: describeInboundWebhooks },
  { name: 'scoping between users', needs: 'admin', adminFor: 'two users sharing a brand', register: describeScoping },
  { name: 'session revocation and expiry', needs: 'admin', adminFor: 'sessions made, revoked and expired at will, and the clock', register: describeSessionLifecycle },
  { name: 'refresh and expiry by clock', needs: 'admin', adminFor: 'the clock and the fake providers\' refresh behaviour', register: describeRefresh },
];

export function defineReeveConformanceSuite(source: ReeveTargetSource) {
  defineSuite(source, REEVE_SECTIONS, openReeveSession);
}
