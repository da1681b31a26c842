import createAccount from '../src/account/create-account';
import findAccount from '../src/account/find-account';
import { performOf, useReferenceServer } from './helpers/live';

describe('accounts against the reference server', () => {
  const live = useReferenceServer();

  it('creates an account and finds it by domain', async () => {
    const workspace = await live.demoWorkspace();
    const created = await live.run(performOf<Record<string, unknown>>(createAccount), workspace.fullKey, {
      inputData: { name: 'Zap Co', domain_name: 'zapco.example', owner_email: 'alex.morgan@northwind.com' },
    });
    expect(created).toMatchObject({ name: 'Zap Co', domain_name: 'zapco.example' });
    const found = await live.run(performOf<Record<string, unknown>[]>(findAccount), workspace.fullKey, { inputData: { domain_name: 'zapco' } });
    expect(found.map((account) => account.id)).toEqual([created.id]);
  });
});
