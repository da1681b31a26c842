/**
 * `npm run playground`: the reference server with the demo workspace, and a real n8n with n8n-nodes-reevo (and n8n-nodes-reeve) loaded,
 * a ready "Reevo (demo, full access)" credential and the example workflows, all on loopback. Ctrl-C stops both.
 */
import { DEMO_API_KEYS } from '../fixtures/demo-workspace';
import { N8n, OWNER } from './support/n8n';
import { readWorkflow, reevoCredentials, workflowFile, WORKFLOWS } from './support/n8n-fixtures';
import { playgroundBanner } from './support/playground-banner';
import { REPO_ROOT } from './support/paths';
import { freePort } from './support/ports';
import { Service, waitFor } from './support/processes';

const fullAccess = DEMO_API_KEYS.find((key) => key.permissions.length > 0 && !key.expired)!;
const CREDENTIAL_NAME = 'Reevo (demo, full access)';

async function main(): Promise<void> {
  const reevoPort = Number(process.env.REEVO_PORT ?? (await freePort()));
  const reevoUrl = `http://127.0.0.1:${reevoPort}`;
  const reevo = new Service('reference server', process.execPath, [`${REPO_ROOT}/packages/reference-server/dist/cli.js`, '--port', String(reevoPort), '--seed', 'demo'], { cwd: REPO_ROOT });
  const n8n = await N8n.create(process.env.N8N_PORT ? Number(process.env.N8N_PORT) : undefined);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping n8n and the reference server…');
    await Promise.all([n8n.dispose(), reevo.stop()]);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    await waitFor('the reference server', async () => ((await fetch(`${reevoUrl}/__admin/health`)).ok ? true : undefined), { timeoutMs: 30_000, service: reevo });
    console.log('Preparing n8n (credential, example workflows, owner account)…');
    await n8n.importCredentials(reevoCredentials(reevoUrl, { full: fullAccess.key }).map((credential) => ({ ...credential, name: CREDENTIAL_NAME })));
    for (const name of [WORKFLOWS.accountsAndContacts, WORKFLOWS.opportunityStage, WORKFLOWS.accountTrigger]) await n8n.importWorkflow(workflowFile(name));
    await n8n.start();
    await n8n.setupOwner();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
    return;
  }

  console.log(
    playgroundBanner({
      n8nUrl: n8n.baseUrl,
      owner: OWNER,
      reevoUrl,
      credential: { name: CREDENTIAL_NAME, key: fullAccess },
      keys: DEMO_API_KEYS,
      triggerWorkflow: readWorkflow(WORKFLOWS.accountTrigger).name,
    }),
  );
  await Promise.race([reevo.exited, n8n.exited()]);
  if (stopping) return;
  console.error('A service stopped on its own.');
  console.error(`--- reference server log (tail) ---\n${reevo.logs()}\n--- n8n log (tail) ---\n${n8n.logs()}`);
  await stop(1);
}

void main();
