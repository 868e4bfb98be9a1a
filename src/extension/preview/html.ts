// HTML helpers of the preview renderer that need no VS Code API (so unit tests can reach them).

/** Escapes a value for a double-quoted HTML attribute: the five characters that could end it or start markup. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 32 random alphanumerics from the platform's CSPRNG, new for every page. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  // 256 is not a multiple of 62; the slight bias does not matter for a nonce that is never reused.
  return Array.from(bytes, (byte) => NONCE_ALPHABET[byte % NONCE_ALPHABET.length]).join('');
}
