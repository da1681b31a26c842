/** The admin API controls the whole server, so only clients on this machine may use it. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return plain === '::1' || /^127(?:\.\d{1,3}){3}$/.test(plain);
}
