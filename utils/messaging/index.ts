/**
 * Typed send/receive over runtime messaging. The receiver checks the sender and validates the
 * envelope and payload before a handler runs; every failure becomes an error Result.
 */
import { browser, type Browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf, Result } from '@/utils/messaging/protocol';
import { EnvelopeSchema, RequestSchemas } from '@/utils/messaging/schemas';

export type Handlers = {
  [K in MessageType]: (data: RequestOf<K>) => Promise<ResponseOf<K>>;
};

export async function sendMessage<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const result = (await browser.runtime.sendMessage({ type, data })) as Result<ResponseOf<K>> | undefined;
  if (!result) throw new Error(`No answer to ${type}`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * Only Siyaq's own extension pages may call. Both fields are filled in by the browser, not by the
 * sender: `id` rules out other extensions, and an extension-origin `url` rules out our own content
 * scripts, which run inside untrusted pages and have no business calling the background.
 */
export function isTrustedSender(sender: Browser.runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

export async function dispatch(handlers: Handlers, message: unknown): Promise<Result<unknown>> {
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success) return { ok: false, error: 'Malformed message' };
  const type = envelope.data.type;
  const payload = RequestSchemas[type].safeParse(envelope.data.data);
  if (!payload.success) return { ok: false, error: `Invalid ${type} request: ${payload.error.issues[0]?.message ?? ''}` };
  try {
    const handler = handlers[type] as (data: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(payload.data) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function onMessage(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isTrustedSender(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    return dispatch(handlers, message);
  });
}

