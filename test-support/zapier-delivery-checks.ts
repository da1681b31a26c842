/**
 * The signature checks every Zapier app's hook trigger must pass, written once: a delivery signed with the Zap's
 * secret gives its item, whether the headers come as Zapier writes them (`Http-Webhook-Signature`) or plain; a
 * forged, tampered, stale or unsigned one, or one to a Zap that kept no secret, gives no item and a HaltedError
 * saying why. Signed with `signPayload`, the signer the reference servers use.
 */
import { generateWebhookSecret, signPayload } from '@integration-pack/core/machine';
import { asZapierHeaders, type HookDelivery } from './zapier-hook-receiver';

type RunPerform = (bundle: HookDelivery & { subscribeData: { id: string; secret?: string } }) => Promise<unknown[]>;

export interface DeliveryCheckOptions {
  /** Runs the trigger's perform with this bundle (authData and inputData added by the caller). */
  run: RunPerform;
  /** A body of the trigger's own event, and one of another event type of the same API. */
  event: unknown;
  otherEvent: unknown;
  apiName: string;
}

export function describeDeliveryChecks(title: string, options: DeliveryCheckOptions): void {
  const secret = generateWebhookSecret();
  const subscribeData = { id: 'sub_test', secret };
  const nowSeconds = () => Math.floor(Date.now() / 1000);

  function delivery(body: unknown, sign: { secret?: string; timestampSeconds?: number; content?: string } = {}, zapierHeaders = true) {
    const content = JSON.stringify(body);
    const signed = signPayload({ id: 'msg_1', timestampSeconds: sign.timestampSeconds ?? nowSeconds(), payload: content, secret: sign.secret ?? secret });
    const headers: Record<string, string> = { 'content-type': 'application/json', ...signed };
    const sent = sign.content ?? content;
    return { rawRequest: { method: 'POST' as const, headers: zapierHeaders ? asZapierHeaders(headers) : headers, content: sent }, cleanedRequest: JSON.parse(sent) as unknown, subscribeData };
  }

  const halted = (pattern: RegExp) => expect.objectContaining({ name: 'HaltedError', message: expect.stringMatching(pattern) });

  describe(title, () => {
    it.each([
      ['as Zapier writes them', true],
      ['plain', false],
    ])('turns a delivery signed with the Zap secret into one item, headers %s', async (_how, zapierHeaders) => {
      expect(await options.run(delivery(options.event, {}, zapierHeaders))).toHaveLength(1);
    });

    it.each([
      ['as Zapier writes them', true],
      ['plain', false],
    ])('refuses a delivery whose body was changed after signing, headers %s', async (_how, zapierHeaders) => {
      const tampered = JSON.stringify({ ...(options.event as object), tampered: true });
      await expect(options.run(delivery(options.event, { content: tampered }, zapierHeaders))).rejects.toEqual(halted(/No webhook signature matches/));
    });

    it('refuses a delivery signed with another secret', async () => {
      await expect(options.run(delivery(options.event, { secret: generateWebhookSecret() }))).rejects.toEqual(halted(/No webhook signature matches/));
    });

    it('refuses a stale delivery (signed more than five minutes ago), even correctly signed', async () => {
      await expect(options.run(delivery(options.event, { timestampSeconds: nowSeconds() - 6 * 60 }))).rejects.toEqual(halted(/more than 300 seconds ago/));
    });

    it('refuses an unsigned delivery', async () => {
      const unsigned = { rawRequest: { method: 'POST' as const, headers: { 'Http-Content-Type': 'application/json' }, content: JSON.stringify(options.event) }, cleanedRequest: options.event, subscribeData };
      await expect(options.run(unsigned)).rejects.toEqual(halted(/lacks the webhook-id, webhook-timestamp or webhook-signature header/));
    });

    it('refuses every delivery to a Zap that kept no signing secret, naming the fix', async () => {
      await expect(options.run({ ...delivery(options.event), subscribeData: { id: 'sub_test' } })).rejects.toEqual(halted(/Turn the Zap off and on again/));
    });

    it(`refuses a correctly signed body that is not a ${options.apiName} event`, async () => {
      await expect(options.run(delivery({ hello: 'world' }))).rejects.toEqual(halted(new RegExp(`not a known ${options.apiName} event`)));
    });

    it('ignores a correctly signed event of another type', async () => {
      expect(await options.run(delivery(options.otherEvent))).toEqual([]);
    });
  });
}
