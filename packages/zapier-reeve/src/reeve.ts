/**
 * The Reeve layer of the app: the generic Zapier platform (packages/zapier/src/platform/) bound to `reeveApi`, with
 * what is Reeve's own: its session token, brand and Base URL fields, its error facts, its webhook subscriptions and
 * the shape of its events (a delivery is the SystemEvent of docs/reeve-api.md §3, handed to the Zap as it is).
 */
import {
  reeveApi,
  reeveCatalog,
  reeveErrorFacts,
  ReeveWebhookVerificationError,
  sampleSystemEvent,
  verifyReeveWebhook,
  type ReeveEventType,
  type SystemEvent,
} from '@integration-pack/core/reeve';
import type { PickerTable } from '../../zapier/src/platform/fields/pickers';
import type { HookEvents, SubscriptionOperations, ZapierProduct } from '../../zapier/src/platform/product';
import { refusingDeliveries } from '../../zapier/src/platform/webhook/delivery';
import { zapierPlatform } from '../../zapier/src/platform/zapier-platform';
import { eventItem, eventOutputFields } from './webhook/event-item';

export const APP_USER_AGENT = 'reeve-zapier/0.1.0';

/** The connection's fields (src/authentication.ts) as Zapier hands them to every step. */
export interface AuthData {
  session_token: string;
  brand_id?: string;
  base_url?: string;
}

/** Reeve's records are named by provider slugs, whose fields carry their own choices: no record dropdowns. */
const PICKERS: PickerTable = {};

const product: ZapierProduct<typeof reeveApi> = {
  definition: reeveApi,
  credentialsOf: (authData) => {
    const { session_token, brand_id } = authData as Partial<AuthData>;
    return { sessionToken: String(session_token ?? ''), ...(brand_id ? { brandId: String(brand_id) } : {}) };
  },
  baseUrlKey: 'base_url',
  userAgent: APP_USER_AGENT,
  readErrors: reeveErrorFacts,
  pickers: PICKERS,
};

const events: HookEvents<SystemEvent> = {
  verify: refusingDeliveries(verifyReeveWebhook, ReeveWebhookVerificationError),
  typeOf: (event) => event.type,
  item: eventItem,
  sample: (type) => sampleSystemEvent(type as ReeveEventType),
  // performList reads Reeve's own event history (List Events), so a listed record already is the event.
  fromRecord: (_type, record) => record as SystemEvent,
  outputFields: (type) => eventOutputFields(type as ReeveEventType),
};

/** Each Zap its own Reeve subscription for exactly its events (docs/reeve-api.md §3, endpoints 7–9). */
const subscriptions: SubscriptionOperations = {
  create: reeveCatalog.webhooks.create,
  createInput: (url, types, description) => ({ url, events: [...types], description }),
  // The signing secret is kept: Zapier hands it back to every delivery's perform, which checks the signature with it.
  stored: (created) => {
    const { id, url, events: subscribed, secret } = created as { id: string; url: string; events: ReeveEventType[]; secret: string };
    return { id, secret, url, events: subscribed };
  },
  delete: reeveCatalog.webhooks.delete,
  deleteInput: (id) => ({ id }),
};

export const reeve = zapierPlatform({ product, events, subscriptions });

export const { defineCatalogCreate, defineCatalogSearch, defineEventTrigger, operationFields } = reeve;
export const callReeve = reeve.call;
