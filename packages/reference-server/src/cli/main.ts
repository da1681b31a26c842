/**
 * `npm start` / `reevo-reference-server`: serves the reference server seeded with the demo workspace and keys (and the Reeve demo),
 * until Ctrl-C (or SIGTERM) stops it.
 */
import { writeFile } from 'node:fs/promises';
import { OPENAPI_PATH, REEVE_OPENAPI_PATH } from '../http/surfaces';
import { SERVER_INFO, createReferenceServer } from '../server';
import { CliUsageError, DEFAULT_HOST, DEFAULT_PORT, USAGE, parseCliArgs, type CliOptions } from './args';
import { banner, exposureWarning } from './banner';
import { listenErrorMessage } from './listen-error';

async function main(argv: readonly string[]): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const server = await createReferenceServer({
    seed: options.seed,
    timeScale: options.timeScale,
    allowWebhookHosts: options.allowWebhookHosts,
    logger: options.log,
  });
  const writes = [
    { path: OPENAPI_PATH, file: options.writeOpenApi },
    { path: REEVE_OPENAPI_PATH, file: options.writeReeveOpenApi },
  ].filter((write): write is { path: string; file: string } => write.file !== null);
  if (writes.length > 0) {
    for (const { path, file } of writes) {
      // Each document as its path serves it (one product's, not the whole generation), addressed to npm start's
      // default address, so the written file names a stable server (docs/decisions.md, OpenAPI servers).
      const document = (await server.app.inject({ method: 'GET', url: path, headers: { host: `${DEFAULT_HOST}:${DEFAULT_PORT}` } })).json();
      await writeFile(file, `${JSON.stringify(document, null, 2)}\n`);
      console.log(`Wrote the OpenAPI document ${path} to ${file}.`);
    }
    await server.close();
    return;
  }
  let baseUrl: string;
  try {
    baseUrl = await server.listen({ host: options.host, port: options.port });
  } catch (error) {
    const message = listenErrorMessage(error, options.host, options.port);
    if (!message) throw error;
    await server.close();
    console.error(message);
    process.exitCode = 1;
    return;
  }
  const warning = exposureWarning(options.host);
  if (warning) console.warn(warning);
  if (server.seeded) console.log(banner(baseUrl, SERVER_INFO.version, server.seeded, server.adminToken, server.seededReeve));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the reference server…`);
    await server.close();
    console.log('Stopped.');
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliUsageError) console.error(error.message);
  else console.error('The reference server could not start:', error);
  process.exitCode = 1;
});
