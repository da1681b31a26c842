/** Times a call made many times with a fixed number in flight: the measure of the client and MCP overheads. */

/** Runs `call` `calls` times, `concurrency` at a time; answers microseconds per call. */
export async function timeCalls(call, { calls, concurrency }) {
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next < calls) {
      next += 1;
      await call();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Number(process.hrtime.bigint() - started) / 1000 / calls;
}
