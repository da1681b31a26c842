/**
 * Start: both products' demo credentials, this server's addresses and documents, and how to point each tool here:
 * the facts the banner prints (`GET /__admin/demo`, from `src/demo-guide.ts`).
 */
import { admin, type DemoGuide } from '../api';
import { DataTable } from '../components/data-table';
import { LoadedView } from '../components/loaded-view';
import { useLoad } from '../components/use-load';

export function StartView() {
  const [loaded, retry] = useLoad(admin.demo);
  return (
    <LoadedView loaded={loaded} retry={retry}>
      {(guide) => <Guide guide={guide} />}
    </LoadedView>
  );
}

function Guide({ guide }: { guide: DemoGuide }) {
  const { reevo, reeve } = guide;
  return (
    <>
      <p>
        This server fakes the Reevo public API and Reeve's Connectors API at <code>{guide.baseUrl}</code>. Everything lives in memory; Controls resets it to
        what you see here.
      </p>
      <section aria-labelledby="start-reevo">
        <h2 id="start-reevo">Reevo</h2>
        <p>
          Workspace <strong>{reevo.workspace.name}</strong> (<code>{reevo.workspace.id}</code>), {reevo.workspace.seed === 'demo' ? 'with the demo records' : 'with no records yet'}. Send a key in the{' '}
          <code>{reevo.header}</code> header. API document: <a href={reevo.openapiUrl}>{reevo.openapiUrl}</a> (read it in <a href="#/docs">Docs</a>).
        </p>
        <DataTable
          caption="Demo API keys"
          columns={[
            { header: 'Name', cell: (key) => key.name },
            { header: 'Key', cell: (key) => <code>{key.key}</code> },
            { header: 'Access', cell: (key) => key.access },
          ]}
          rows={reevo.keys}
          rowKey={(key) => key.key}
          empty="The demo has no keys."
        />
      </section>
      {reeve === null ? null : (
        <section aria-labelledby="start-reeve">
          <h2 id="start-reeve">Reeve</h2>
          <p>
            Send a session token as <code>Authorization: Bearer &lt;token&gt;</code>, and <code>X-Reeve-Brand: {reeve.brand.id}</code> for the brand{' '}
            <strong>{reeve.brand.name}</strong>. API document: <a href={reeve.openapiUrl}>{reeve.openapiUrl}</a>.
          </p>
          <DataTable
            caption="Demo session tokens"
            columns={[
              { header: 'User', cell: (user) => user.name },
              { header: 'Email', cell: (user) => user.email },
              { header: 'Session token', cell: (user) => <code>{user.sessionToken}</code> },
            ]}
            rows={reeve.users}
            rowKey={(user) => user.sessionToken}
            empty="The demo has no users."
          />
          <p>Try one:</p>
          <pre class="command" tabIndex={0} aria-label="Example request">
            {reeve.example}
          </pre>
        </section>
      )}
      <section aria-labelledby="start-tools">
        <h2 id="start-tools">Point your tools here</h2>
        <DataTable
          caption="What to set in each tool"
          columns={[
            { header: 'Tool', cell: (tool) => tool.tool },
            { header: 'How', cell: (tool) => <code class="wrap">{tool.how}</code> },
          ]}
          rows={guide.tools}
          rowKey={(tool) => tool.tool}
          empty="No tools."
        />
        <p>
          The admin API behind this dashboard answers only this machine: <a href={`${guide.adminUrl}health`}>{`${guide.adminUrl}health`}</a>.
        </p>
      </section>
    </>
  );
}
