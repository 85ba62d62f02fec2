import { describe, expect, it } from 'vitest';
import { dispatch, isTrustedSender, type Handlers } from '@/utils/messaging';

const handlers: Handlers = {
  analyzeTab: async ({ tabId }) => ({ status: 'unavailable', reason: 'no-access', detail: `tab ${tabId}` }),
  highlightInTab: async ({ texts }) => ({ found: texts.length }),
  clearHighlights: async () => {
    throw new Error('page is gone');
  },
};

describe('dispatch', () => {
  it('runs the handler of a valid message', async () => {
    expect(await dispatch(handlers, { type: 'highlightInTab', data: { tabId: 3, texts: ['a', 'b'] } })).toEqual({
      ok: true,
      value: { found: 2 },
    });
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an unknown type', { type: 'deleteEverything', data: {} }],
    ['a missing payload', { type: 'analyzeTab' }],
    ['a wrong payload type', { type: 'analyzeTab', data: { tabId: '3' } }],
    ['a negative tab id', { type: 'analyzeTab', data: { tabId: -1 } }],
    ['extra fields', { type: 'analyzeTab', data: { tabId: 1, sql: 'drop' } }],
    ['too many strings', { type: 'highlightInTab', data: { tabId: 1, texts: Array(201).fill('x') } }],
  ])('answers %s with an error instead of crashing', async (_, message) => {
    const result = await dispatch(handlers, message);
    expect(result.ok).toBe(false);
  });

  it('turns a thrown handler error into an error result', async () => {
    expect(await dispatch(handlers, { type: 'clearHighlights', data: { tabId: 1 } })).toEqual({ ok: false, error: 'page is gone' });
  });
});

describe('isTrustedSender', () => {
  const origin = 'chrome-extension://abc/';
  it('accepts our own extension pages', () => {
    expect(isTrustedSender({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, 'abc', origin)).toBe(true);
  });
  it('refuses other extensions and content scripts running in pages', () => {
    expect(isTrustedSender({ id: 'evil', url: 'chrome-extension://evil/x.html' }, 'abc', origin)).toBe(false);
    expect(isTrustedSender({ id: 'abc', url: 'https://news.example/article' }, 'abc', origin)).toBe(false);
    expect(isTrustedSender({ id: 'abc' }, 'abc', origin)).toBe(false);
  });
});
