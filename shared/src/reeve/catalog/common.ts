/**
 * Building blocks of Reeve's catalog: field words, the primitive types of the API (docs/reeve-api.md §1), and the
 * ids and values the examples share, so that the examples of every endpoint tell one story (Acme's brand, its
 * Shopify shop, its Stripe account).
 */
import * as z from 'zod';
import { withFieldMeta, type FieldWords } from '../../machine/field-meta';
import { PROVIDER_SLUGS, REEVE_EVENT_TYPES, type ProviderSlug, type ReeveEventType } from '../providers';
import type { ReeveSourceMark } from './operation';

export interface ReeveFieldMeta extends FieldWords {
  /** Where docs/reeve-api.md marks this field otherwise than its endpoint: [R], [P] or [C]. */
  source?: ReeveSourceMark;
}

/** Attaches UI-ready words (see machine/field-meta.ts); `source` becomes the OpenAPI extension `x-reeve-source`. */
export function field<S extends z.ZodType>(schema: S, meta: ReeveFieldMeta): S {
  const { source, ...words } = meta;
  return withFieldMeta(schema, words, source ? { 'x-reeve-source': source } : {});
}

/** ISO 8601 with an offset, e.g. `2026-11-23T10:00:00Z` (docs/reeve-api.md §1 "Formats"). */
export const timestamp = () => z.iso.datetime({ offset: true });

export const ProviderSlugSchema = z.enum(PROVIDER_SLUGS as [ProviderSlug, ...ProviderSlug[]]);
export const ReeveEventTypeSchema = z.enum(REEVE_EVENT_TYPES as unknown as [ReeveEventType, ...ReeveEventType[]]);

export const providerField = (description: string) =>
  field(ProviderSlugSchema, { title: 'Provider', description: `${description} One of: ${PROVIDER_SLUGS.join(', ')}.`, example: 'shopify' });

/** The path parameter of the endpoints under `/api/oauth/{provider}` and `/api/connectors/{provider}`. */
export const providerParams = (description: string) => z.strictObject({ provider: providerField(description) });

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https anywhere, or http to a loopback address (docs/reeve-api.md §3, endpoints 1 and 7 [C]). */
export function isCallbackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (LOOPBACK_HOSTS.has(url.hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname));
}

export const callbackUrl = () =>
  z.url({ protocol: /^https?$/ }).refine(isCallbackUrl, { message: 'must be an https URL, or http to a loopback address (localhost, 127.0.0.1, [::1])' });

export const EXAMPLE = {
  brandId: 'brand_acme',
  defaultRedirectUri: 'https://app.meetreeve.com/cockpit/connectors',
  shop: 'acme-store.myshopify.com',
  shopifyAccount: 'Acme Store',
  stripeAccount: 'Acme Inc.',
  metaAccount: 'Acme Ads Account',
  state: 'st_4q9XbE1vKz7pLm2Rt6Yw',
  code: 'c0d3_8f2a61b9e4d7',
  connectedAt: '2026-11-23T10:00:00Z',
  receivedAt: '2026-11-23T10:05:00Z',
  subscriptionId: 'sub_9f8e7d6c5b4a',
  subscriptionUrl: 'http://127.0.0.1:8080/reeve',
  subscriptionSecret: 'whsec_exampleSigningSecretForTheDocsOnly000000000=',
} as const;
