/**
 * What an error answer says, in a few words, whatever its envelope: FastAPI's `{"detail": "…"}`, or a proxy's HTML or
 * text page. Error models read the server's words with these before adding their own hint.
 */
import { fastApiDetailText } from './fastapi';

/** FastAPI's `detail` sentence, or the title (else the text) of an HTML or text body; undefined for anything else. */
export function detailText(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() ? stripHtml(body) : undefined;
  return fastApiDetailText(body);
}

function stripHtml(text: string): string {
  const title = /<title>([^<]*)<\/title>/i.exec(text);
  return truncate((title?.[1] ?? text.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim());
}

/** Ends a server's message with one full stop, whether or not it came with one, before a hint follows it. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function truncate(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The server's request id, for support, when it sent one. */
export function requestIdOf(headers: Record<string, string>): { requestId?: string } {
  const id = headers['x-request-id'];
  return id ? { requestId: id } : {};
}
