/** The reference server for the end-to-end tests: in this process, on a free loopback port, one demo workspace (Reevo) or user (Reeve). */
import { createReevoClient, type ReevoClient } from '@reevo/client';
import { startReferenceServer, type ReferenceServerHandle, type TestWorkspace } from '@reevo/reference-server/testing';

export interface DemoReevo {
  server: ReferenceServerHandle;
  workspace: TestWorkspace;
  /** A client with every permission, to check the server's state. */
  client: ReevoClient;
}

export async function startDemoReevo(): Promise<DemoReevo> {
  // Real-time retries: n8n and the CLI are separate processes, so deliveries must not race ahead of them.
  const server = await startReferenceServer({ timeScale: 0.01 });
  const workspace = await server.createWorkspace({ seed: 'demo', name: 'E2E demo' });
  return { server, workspace, client: createReevoClient({ apiKey: workspace.fullKey, baseUrl: server.baseUrl }) };
}

/** Adds a platform's log tail to a failing test's message, so the reason is readable in the jest output. */
export function withLogs(name: string, logs: () => string, test: () => Promise<void>): () => Promise<void> {
  return async () => {
    try {
      await test();
    } catch (error) {
      if (error instanceof Error) error.message += `\n--- ${name} log (tail) ---\n${logs()}`;
      throw error;
    }
  };
}

export interface ReeveUser {
  id: string;
  token: string;
}

export interface DemoReeve {
  server: ReferenceServerHandle;
  /** A Reeve user with a session token (and its default brand). */
  user: ReeveUser;
  /** Another user with a session of its own, made through the admin API. */
  newUser(): Promise<ReeveUser>;
}

/** The reference server with one Reeve user and session, made through its admin API. */
export async function startDemoReeve(): Promise<DemoReeve> {
  const server = await startReferenceServer({ timeScale: 0.01 });
  let users = 0;
  const newUser = async (): Promise<ReeveUser> => {
    users += 1;
    const created = await server.admin<{ id: string }>('POST', '/reeve/users', { email: `zapier.e2e.${users}@example.com`, name: `Zapier E2E ${users}` });
    const { token } = await server.admin<{ token: string }>('POST', '/reeve/sessions', { user_id: created.id });
    return { id: created.id, token };
  };
  return { server, user: await newUser(), newUser };
}
