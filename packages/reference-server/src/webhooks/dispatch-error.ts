/** Why the dispatcher refused a request; `code` lets the admin API pick its status (404, 409, 422: never a 5xx). */
export type WebhookDispatchErrorCode = 'delivery_not_found' | 'subscription_deleted' | 'dispatcher_closed' | 'invalid_event' | 'invalid_secret';

export class WebhookDispatchError extends Error {
  constructor(
    readonly code: WebhookDispatchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookDispatchError';
  }
}
