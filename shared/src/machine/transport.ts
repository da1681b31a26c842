/**
 * The single seam between the client and HTTP. A transport sends one request and answers with the status,
 * headers and parsed body, whatever the status: turning statuses into errors is the client's job, so that
 * the axios, Zapier and n8n transports all report errors the same way.
 */

export interface TransportRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The absolute URL, query string included and already encoded (with the definition's auth parameters, e.g. Reevo's `payload_type=json`). */
  url: string;
  /** Lower-case header names. Holds the credentials: never log this object as it is. */
  headers: Record<string, string>;
  /** A JSON value to send as the body, or undefined for none. */
  body?: unknown;
  /** Whether the request may be repeated after an unknown outcome (reads and searches). */
  safeToRetry: boolean;
  /** Milliseconds before the attempt is abandoned; the transport's own default when absent. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, the raw text when it is not (a proxy's HTML page), undefined when empty. */
  body: unknown;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** Parses a response body the way every transport should: JSON when it is JSON, else the text itself. */
export function parseResponseBody(text: string | undefined | null, contentType?: string): unknown {
  if (text === undefined || text === null || text === '') return undefined;
  const looksJson = /\bjson\b/i.test(contentType ?? '') || /^\s*[[{"]/.test(text);
  if (!looksJson) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Lower-cases header names and joins repeated values, from whatever shape a library hands back. */
export function normalizeHeaders(headers: Record<string, unknown> | undefined | null): Record<string, string> {
  const normalized: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    normalized[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return normalized;
}
