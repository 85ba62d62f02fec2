/** Typed arrays to and from base64, with atob/btoa so the same code runs in the extension and in Node. */

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// Little-endian on every platform the extension runs on; typed-array views share that byte order.
export const toBase64 = (array: Uint32Array | Int16Array | Uint8Array) =>
  bytesToBase64(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));

export const base64ToUint32 = (base64: string) => new Uint32Array(base64ToBytes(base64).buffer);
export const base64ToInt16 = (base64: string) => new Int16Array(base64ToBytes(base64).buffer);
