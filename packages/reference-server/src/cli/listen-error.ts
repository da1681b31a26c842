/**
 * Why the server could not listen, in one line that names the port and both ways to choose another, instead of
 * Node's stack trace (a newcomer's most likely first error is a second `npm start`).
 */
const PORT_HINT = (port: number, other = port < 65535 ? port + 1 : port - 1) =>
  `choose another port with PORT=${other} npm start, or --port ${other} (npm start -- --port ${other}); --port 0 picks a free one.`;

export function listenErrorMessage(error: unknown, host: string, port: number): string | undefined {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EADDRINUSE':
      return `Port ${port} on ${host} is already in use (is a reference server already running?). Stop that process, or ${PORT_HINT(port)}`;
    case 'EACCES':
      return `Port ${port} on ${host} needs more privileges than this process has: ${PORT_HINT(port)}`;
    case 'EADDRNOTAVAIL':
      return `This machine has no address ${host}: pass --host 127.0.0.1 (or another of its own addresses).`;
    default:
      return undefined;
  }
}
