// The child's half of test-support/esm-child.ts: reads the input as JSON on stdin, and prints what `answer` gives
// for it as JSON.
export async function answerStdin(answer) {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  process.stdout.write(JSON.stringify(await answer(JSON.parse(input))));
}
