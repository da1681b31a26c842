/** Reevo's typed errors read into the platform-neutral facts the Zapier and n8n layers map (src/forms/error-facts.ts). */
import { parseApiError, reevoErrorFacts, ReevoError, ReevoNetworkError, ReevoValidationError, type TransportResponse } from '@integration-pack/core/reevo';
import { issueLabel, issuesInWords, labelsAtFault, pagingInputNames, recordFieldOf } from '@integration-pack/core/forms';
import { catalog } from '@integration-pack/core/reevo/api';
import { describeFields, type FieldIssue } from '@integration-pack/core/machine';

const generic = (error: string, message: string, details: Record<string, unknown> | null = null) => ({ error_response_type: 'GENERIC', error, message, details });
const answer = (status: number, body: unknown, headers: Record<string, string> = {}): TransportResponse => ({ status, body, headers });
const issue = (field: string, location: FieldIssue['location'], message: string): FieldIssue => ({ field, location, message, type: 'custom' });
const factsOf = (response: TransportResponse) => reevoErrorFacts(parseApiError(response, 'op'));

describe('reevoErrorFacts', () => {
  it.each([
    [answer(401, generic('UnauthorizedError', 'Invalid API key')), 'auth'],
    [answer(401, generic('UnauthorizedError', 'API key has expired')), 'expired-auth'],
    [answer(403, generic('ForbiddenError', 'missing', { missing_permissions: ['contacts:write'] })), 'permission'],
    [answer(422, { detail: [{ type: 'missing', loc: ['body', 'email'], msg: 'Field required', input: {} }] }), 'validation'],
    [answer(400, generic('BadRequestError', 'Unknown stage', { field: 'target_stage_name' })), 'bad-request'],
    [answer(404, generic('NotFoundError', 'No account')), 'not-found'],
    [answer(404, { detail: 'Not Found' }), 'route-not-found'],
    [answer(409, generic('ConflictError', 'Already enrolled')), 'conflict'],
    [answer(429, generic('QuotaExceededError', 'Quota exceeded'), { 'retry-after': '30' }), 'quota'],
    [answer(503, '<html>bad gateway</html>'), 'server'],
  ])('%j is %s', (response, kind) => {
    expect(factsOf(response)?.kind).toBe(kind);
  });

  it('carries what a platform names: missing permissions, issues, the field at fault, the wait, the body', () => {
    expect(factsOf(answer(403, generic('ForbiddenError', 'missing', { missing_permissions: ['contacts:write'] })))).toMatchObject({
      status: 403,
      missingPermissions: ['contacts:write'],
    });
    expect(factsOf(answer(400, generic('BadRequestError', 'Unknown stage', { field: 'target_stage_name' })))).toMatchObject({ field: 'target_stage_name' });
    expect(factsOf(answer(429, generic('QuotaExceededError', 'Quota exceeded'), { 'retry-after': '30' }))).toMatchObject({ retryAfterSeconds: 30 });
    const local = reevoErrorFacts(new ReevoValidationError([issue('email', 'body', 'Invalid email')], { local: true }));
    expect(local).toMatchObject({ kind: 'validation', local: true, issues: [{ field: 'email' }] });
    expect(reevoErrorFacts(new ReevoNetworkError('down'))).toMatchObject({ kind: 'network', name: 'ReevoNetworkError' });
    expect(reevoErrorFacts(new ReevoError('An API key is required.'))).toMatchObject({ kind: 'other' });
  });

  it('knows nothing of errors that are not Reevo’s', () => {
    expect(reevoErrorFacts(new Error('boom'))).toBeUndefined();
    expect(reevoErrorFacts('text')).toBeUndefined();
  });
});

describe('the words errors give back to a form', () => {
  const labels = { contact_email: 'Email', 'metadata.subject': 'Subject', contact_ids: 'Contacts' };

  it('names each issue by its label, an item of a list by its place, and the API name or location otherwise', () => {
    expect(issueLabel(issue('metadata.subject', 'body', 'x'), labels)).toBe('Subject');
    expect(issueLabel(issue('contact_ids.1', 'body', 'x'), labels)).toBe('Contacts (item 2)');
    expect(issueLabel(issue('owner_email', 'body', 'x'), labels)).toBe('owner_email');
    expect(issueLabel(issue('', 'query', 'x'), labels)).toBe('query');
  });

  it('lists the issues without a doubled full stop, labelling API names inside messages too', () => {
    const issues = [
      issue('contact_email', 'body', 'Invalid email address.'),
      issue('owner_email', 'body', 'Give contact_email or owner_email'),
    ];
    expect(issuesInWords(issues, labels)).toBe('Email: Invalid email address; owner_email: Give Email or owner_email');
    expect(labelsAtFault([...issues, issues[0]!], labels)).toEqual(['Email', 'owner_email']);
  });
});

describe('which record a field names', () => {
  const field = (operation: { body?: unknown }, key: string) => describeFields(operation.body as never).find((descriptor) => descriptor.key === key)!;

  it('says the kind of record and whether the field holds its ID, an email or a name', () => {
    expect(recordFieldOf(field(catalog.opportunities.create, 'account_id'))).toEqual({ ref: 'account', holds: 'id', list: false });
    expect(recordFieldOf(field(catalog.opportunities.create, 'owner_email'))).toEqual({ ref: 'user', holds: 'email', list: false });
    expect(recordFieldOf(field(catalog.activities.log, 'contact_ids'))).toEqual({ ref: 'contact', holds: 'id', list: true });
    expect(recordFieldOf(field(catalog.opportunities.shiftStage, 'target_stage_name'))).toEqual({ ref: 'stage', holds: 'name', list: false });
    expect(recordFieldOf(field(catalog.opportunities.create, 'display_name'))).toBeUndefined();
  });
});

test('the inputs a paging style drives are its own names, and none without paging', () => {
  expect(pagingInputNames({ style: 'limit-offset', limitParam: 'limit', offsetParam: 'offset' })).toEqual(['limit', 'offset']);
  expect(pagingInputNames({ style: 'limit-offset', limitParam: 'page_size', offsetParam: 'start' })).toEqual(['page_size', 'start']);
  expect(pagingInputNames({ style: 'none' })).toEqual([]);
});
