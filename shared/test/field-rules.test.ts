/** The catalog's rules over groups of fields and the label table platforms use to speak in their forms' words. */
import { catalog } from '../src/reevo/catalog/index';
import { describeFieldGroup, fieldGroupOf, fieldLabel, satisfiesFieldGroup, withFieldLabels } from '../src/machine/index';

describe('field groups', () => {
  const contactSearch = fieldGroupOf(catalog.contacts.search.body)!;
  const lookup = fieldGroupOf(catalog.accountContact.retrieve.query)!;

  it('are registered on the schemas whose API needs one of several fields, and on no other', () => {
    expect(contactSearch).toEqual({ keys: ['contact_email', 'owner_email'], count: 'at-least-one' });
    expect(lookup).toEqual({ keys: ['contact_email', 'contact_phone_number', 'account_domain'], count: 'exactly-one' });
    expect(fieldGroupOf(catalog.opportunities.search.body)).toBeUndefined();
  });

  it("keep the API's own check and message", () => {
    const missing = catalog.contacts.search.body.safeParse({});
    expect(missing.error?.issues).toEqual([expect.objectContaining({ message: 'Give at least one of contact_email or owner_email.', path: ['contact_email'] })]);
    const two = catalog.accountContact.retrieve.query.safeParse({ contact_email: 'a@b.co', account_domain: 'b.co' });
    expect(two.error?.issues.map((issue) => issue.message)).toEqual(['Give exactly one of contact_email, contact_phone_number or account_domain.']);
    expect(catalog.accountContact.retrieve.query.safeParse({ account_domain: 'b.co' }).success).toBe(true);
  });

  it('say the rule with the caller\'s names, and check an input: empty text and null are not given', () => {
    expect(describeFieldGroup(lookup, (key) => key.toUpperCase())).toBe('exactly one of CONTACT_EMAIL, CONTACT_PHONE_NUMBER or ACCOUNT_DOMAIN');
    expect(satisfiesFieldGroup(contactSearch, { contact_email: '', owner_email: null })).toBe(false);
    expect(satisfiesFieldGroup(contactSearch, { owner_email: 'a@b.co' })).toBe(true);
    expect(satisfiesFieldGroup(lookup, { contact_email: 'a@b.co', account_domain: 'b.co' })).toBe(false);
  });
});

describe('field labels', () => {
  const labels = { closed_reason_names: 'Closed Reasons', url: 'Webhook URL', contact_ids: 'Contacts', 'metadata.subject': 'Subject' };

  it('name a field, or an item of a list field, by its label', () => {
    expect(fieldLabel('closed_reason_names', labels)).toBe('Closed Reasons');
    expect(fieldLabel('contact_ids.1', labels)).toBe('Contacts (item 2)');
    expect(fieldLabel('unknown_field', labels)).toBeUndefined();
  });

  it('replace API names in a message, but leave its prose alone', () => {
    expect(withFieldLabels('closed_reason_names: "Closed Won" needs a reason in closed_reason_names.', labels)).toBe('Closed Reasons: "Closed Won" needs a reason in Closed Reasons.');
    expect(withFieldLabels('metadata.subject is empty', labels)).toBe('Subject is empty');
    expect(withFieldLabels('url: use https, as the url of any webhook must', labels)).toBe('Webhook URL: use https, as the url of any webhook must');
    expect(withFieldLabels('my_closed_reason_names_x stays', labels)).toBe('my_closed_reason_names_x stays');
  });
});
