/**
 * Each error row of docs/reevo-api.md §3, as the reference server answers it, becomes the Zapier error that makes Zapier do
 * the right thing: reconnect, retry later, or tell the user what to fix.
 */
import createAccount from '../src/account/create-account';
import updateAccount from '../src/account/update-account';
import logActivity from '../src/activity/log-activity';
import createTask from '../src/task/create-task';
import addContactToSequence from '../src/sequence/add-contact-to-sequence';
import { MAX_MESSAGE_LENGTH } from '../src/platform/http/errors';
import { DEMO } from './helpers/demo';
import { performOf, useReferenceServer } from './helpers/live';
import { caught } from './helpers/zapier-errors';

describe('error mapping against the reference server', () => {
  const live = useReferenceServer();
  const create = performOf(createAccount);
  const account = { name: 'Errors Inc', domain_name: 'errors.example' };

  it('an unknown key asks the user to reconnect (ExpiredAuthError)', async () => {
    const error = await caught(live.run(create, 'rv_not_a_real_key', { inputData: account }));
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.text).toMatch(/did not accept the API key/);
  });

  it('an expired key asks the user to reconnect (ExpiredAuthError)', async () => {
    const workspace = await live.demoWorkspace();
    const key = await workspace.key('all');
    await workspace.expireKey(key);
    const error = await caught(live.run(create, key, { inputData: account }));
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.text).toMatch(/has expired/);
  });

  it('a missing permission names it and the fix, in under 250 characters', async () => {
    const workspace = await live.demoWorkspace();
    const key = await workspace.key(['accounts:read']);
    const error = await caught(live.run(create, key, { inputData: account }));
    expect(error).toMatchObject({ name: 'AppError', code: 'MissingPermission', status: 403 });
    expect(error.text).toBe('Your Reevo API key lacks the Accounts Write permission. Ask a workspace admin to add it in Settings → API Keys.');
    expect(error.text.length).toBeLessThan(MAX_MESSAGE_LENGTH);
  });

  it('a used-up quota makes Zapier retry after the server\'s delay (ThrottledError)', async () => {
    const workspace = await live.demoWorkspace();
    await workspace.setQuota(1, 120);
    await live.run(create, workspace.fullKey, { inputData: account });
    const error = await caught(live.run(create, workspace.fullKey, { inputData: { ...account, domain_name: 'errors2.example' } }));
    expect(error.name).toBe('ThrottledError');
    expect(error.delay).toBeGreaterThan(0);
    expect(error.delay).toBeLessThanOrEqual(120);
    expect(error.text).toMatch(/request quota/);
  });

  it('a record that does not exist fails an action with what to check', async () => {
    const workspace = await live.demoWorkspace();
    const error = await caught(live.run(performOf(updateAccount), workspace.fullKey, { inputData: { account_id: DEMO.unknownId, name: 'X' } }));
    expect(error).toMatchObject({ name: 'AppError', code: 'NotFound', status: 404 });
    expect(error.text).toContain(DEMO.unknownId);
  });

  it('a broken business rule passes on what is wrong (400)', async () => {
    const workspace = await live.demoWorkspace();
    const error = await caught(live.run(performOf(createTask), workspace.fullKey, { inputData: { title: 'T', owner_email: 'stranger@elsewhere.example' } }));
    expect(error).toMatchObject({ name: 'AppError', code: 'BadRequest', status: 400 });
    expect(error.text).toContain('stranger@elsewhere.example');
  });

  it('a conflict (already enrolled) halts the run without counting against the Zap', async () => {
    const workspace = await live.demoWorkspace();
    const enroll = performOf(addContactToSequence);
    const inputData = { contact_email: DEMO.unenrolledContactEmail, sequence_id: DEMO.sequenceId };
    await live.run(enroll, workspace.fullKey, { inputData });
    expect((await caught(live.run(enroll, workspace.fullKey, { inputData }))).name).toBe('HaltedError');
  });

  it('invalid fields are named with the labels the Zap builder saw, before anything is sent', async () => {
    const workspace = await live.demoWorkspace();
    const error = await caught(
      live.run(performOf(logActivity), workspace.fullKey, { inputData: { metadata__activity_time: 'yesterday', metadata__description: 'x', contact_ids: ['not-a-uuid'] } }),
    );
    expect(error).toMatchObject({ name: 'AppError', code: 'InvalidInput' });
    expect(error.text).toMatch(/^Not sent to Reevo\. /);
    expect(error.text).toContain('Activity Time:');
    expect(error.text).toContain('Subject: is required');
    expect(error.text).toContain('Contacts (item 1): Invalid UUID');
    expect(await workspace.journal()).toEqual([]);
  });

  it('a server failure reports the status and suggests trying again', async () => {
    const workspace = await live.demoWorkspace();
    await live.server.admin('POST', '/faults', { method: 'POST', path: '/api/v1/public/accounts', status: 503, times: 1 });
    const error = await caught(live.run(create, workspace.fullKey, { inputData: account }));
    expect(error).toMatchObject({ name: 'AppError', status: 503 });
    expect(error.text).toMatch(/HTTP 503.*Try again/);
  });

  it('sends payload_type=json on every request, whatever the outcome', async () => {
    const workspace = await live.demoWorkspace();
    await live.run(create, workspace.fullKey, { inputData: account });
    await caught(live.run(performOf(updateAccount), workspace.fullKey, { inputData: { account_id: DEMO.unknownId, name: 'X' } }));
    const journal = await workspace.journal();
    expect(journal.length).toBe(2);
    expect(journal.map((entry) => entry.payloadType)).toEqual(['json', 'json']);
  });
});
