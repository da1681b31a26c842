/**
 * Credentials at rest (docs/reeve-api.md §4 "Token storage"): AES-256-GCM under a key made at random for each
 * process, a random 12-byte IV per sealing, and the authentication tag kept beside the ciphertext, as Nango keeps
 * them. Nothing outside this file sees a key; a tampered ciphertext, IV or tag fails to open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface SealedCredentials {
  ciphertext: Uint8Array;
  iv: Uint8Array;
  tag: Uint8Array;
}

/** What a connection's credentials hold once opened: OAuth tokens, or an API key with its extra settings. */
export type Credentials =
  | { kind: 'oauth'; access_token: string; refresh_token: string | null; shop: string | null }
  | { kind: 'api_key'; api_key: string; config: Record<string, string> };

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;

export class CredentialSealer {
  private readonly key = randomBytes(32);

  seal(credentials: Credentials): SealedCredentials {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
    return { ciphertext, iv, tag: cipher.getAuthTag() };
  }

  open(sealed: SealedCredentials): Credentials {
    const decipher = createDecipheriv(ALGORITHM, this.key, sealed.iv);
    decipher.setAuthTag(sealed.tag);
    const plaintext = Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
    return JSON.parse(plaintext.toString('utf8')) as Credentials;
  }
}

/** How the admin API shows sealed credentials: base64 of each part, never the plaintext (docs/reeve-api.md §6). */
export function sealedView(sealed: SealedCredentials): { ciphertext: string; iv: string; tag: string } {
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return { ciphertext: base64(sealed.ciphertext), iv: base64(sealed.iv), tag: base64(sealed.tag) };
}
