/**
 * The Reevo layer of the app: the generic Zapier platform (src/platform/) bound to `reevoApi`, with what is Reevo's
 * own: its key and Base URL fields, its error facts, the dropdowns that fill its record fields, its webhook
 * subscriptions and the shape of its events.
 */
import {
  catalog,
  reevoApi,
  reevoErrorFacts,
  ReevoWebhookVerificationError,
  sampleEvent,
  verifyWebhook,
  type EventType,
  type WebhookEvent,
} from '@integration-pack/core/reevo';
import type { PickerTable } from './platform/fields/pickers';
import { refusingDeliveries } from './platform/webhook/delivery';
import { type HookEvents, type SubscriptionOperations, type ZapierProduct } from './platform/product';
import { zapierPlatform } from './platform/zapier-platform';
import { LIST_KEYS, SEARCH_KEYS } from './keys';
import { eventItem, eventOutputFields, recordAsEvent } from './webhook/event-item';

export const APP_USER_AGENT = 'reevo-zapier/0.1.0';

/** The connection's fields (src/authentication.ts) as Zapier hands them to every step. */
export interface AuthData {
  api_key: string;
  key_name?: string;
  base_url?: string;
}

/**
 * Which dropdown and search fill a field naming a Reevo record. Sequences have none: Reevo has no way to list or
 * read them (see the README).
 */
const PICKERS: PickerTable = {
  user: { email: { dynamic: `${LIST_KEYS.users}.id.label`, search: `${SEARCH_KEYS.findUser}.email` } },
  account: { id: { dynamic: `${LIST_KEYS.accounts}.id.label`, search: `${SEARCH_KEYS.findAccount}.id` } },
  contact: {
    id: { dynamic: `${LIST_KEYS.contacts}.id.label`, search: `${SEARCH_KEYS.findContact}.id` },
    email: { dynamic: `${LIST_KEYS.contacts}.email.label`, search: `${SEARCH_KEYS.findContact}.email` },
  },
  opportunity: {
    id: { dynamic: `${LIST_KEYS.opportunities}.id.label`, search: `${SEARCH_KEYS.findOpportunity}.id` },
    name: { dynamic: `${LIST_KEYS.opportunities}.display_name.label`, search: `${SEARCH_KEYS.findOpportunity}.display_name` },
  },
  mailbox: { email: { dynamic: `${LIST_KEYS.mailboxes}.id.label`, search: `${SEARCH_KEYS.findMailbox}.email` } },
  stage: { name: { dynamic: `${LIST_KEYS.stages}.id.label` } },
  pipeline: { name: { dynamic: `${LIST_KEYS.pipelines}.id.label` } },
  closed_reason: { name: { dynamic: `${LIST_KEYS.closedReasons}.id.label` } },
};

const product: ZapierProduct<typeof reevoApi> = {
  definition: reevoApi,
  credentialsOf: (authData) => ({ apiKey: String((authData as Partial<AuthData>).api_key ?? '') }),
  baseUrlKey: 'base_url',
  userAgent: APP_USER_AGENT,
  readErrors: reevoErrorFacts,
  pickers: PICKERS,
};

const events: HookEvents<WebhookEvent> = {
  verify: refusingDeliveries(verifyWebhook, ReevoWebhookVerificationError),
  typeOf: (event) => event.type,
  item: eventItem,
  sample: (type) => sampleEvent(type as EventType),
  fromRecord: (type, record) => recordAsEvent(type as EventType, record),
  outputFields: (type) => eventOutputFields(type as EventType),
};

/** Each Zap its own Reevo subscription for exactly its event (docs/reevo-api.md §6). */
const subscriptions: SubscriptionOperations = {
  create: catalog.webhooks.create,
  createInput: (url, types, description) => ({ url, events: [...types], description }),
  // The signing secret is kept: Zapier hands it back to every delivery's perform, which checks the signature with it.
  stored: (created) => {
    const { id, url, events: subscribed, secret } = created as { id: string; url: string; events: EventType[]; secret: string };
    return { id, secret, url, events: subscribed };
  },
  delete: catalog.webhooks.delete,
  deleteInput: (id) => ({ webhook_id: id }),
};

export const reevo = zapierPlatform({ product, events, subscriptions });

export const { defineCatalogCreate, defineCatalogSearch, defineEventTrigger, inputFieldsFrom, operationFields } = reevo;
export const callReevo = reevo.call;
