/** The application errors handlers throw; messages say what is wrong and how to fix it. */
import { listInWords } from '@integration-pack/core/machine';
import { DomainError } from '../contract';

export type RecordKind =
  | 'Account'
  | 'Contact'
  | 'Opportunity'
  | 'Sequence'
  | 'Webhook subscription';

/** 404 naming the kind and the key it was looked up by, e.g. "Account 5b3f… not found." */
export function notFound(kind: RecordKind, key: string, lookedUpBy: 'id' | 'email' | 'domain' | 'phone number' | 'name' = 'id'): DomainError {
  const subject = lookedUpBy === 'id' ? `${kind} ${key}` : `${kind} with ${lookedUpBy} "${key}"`;
  return new DomainError('NotFoundError', `${subject} not found.`, { kind: kind.toLowerCase().replace(/ /g, '_'), [lookedUpBy.replace(/ /g, '_')]: key });
}

export function badRequest(message: string, details: Record<string, unknown> | null = null): DomainError {
  return new DomainError('BadRequestError', message, details);
}

export function conflict(message: string, details: Record<string, unknown> | null = null): DomainError {
  return new DomainError('ConflictError', message, details);
}

/** "a", "a or b", "a, b or c": for messages that list the valid choices. */
export function listChoices(values: readonly string[]): string {
  return listInWords(values.map((value) => `"${value}"`), 'or');
}
