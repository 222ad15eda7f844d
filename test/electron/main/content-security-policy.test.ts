// The desktop app's CSP header and the browser edition's meta tag are one policy: this keeps them
// equal (a meta tag cannot carry frame-ancestors, so the header alone has it), and checks the
// promises both make. The policy's effect in a real page is proved in test/e2e/web/security.spec.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, STYLE_NONCE_PLACEHOLDER } from '../../../electron/main/security-policy';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    expect(map.has(name!), `${name} appears twice`).toBe(false);
    map.set(name!, values);
  }
  return map;
}

const html = readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)];
const meta = directives(metas[0]?.[1] ?? '');
// The header as the page gets it, with the placeholder where each load's nonce goes.
const header = directives(contentSecurityPolicy(STYLE_NONCE_PLACEHOLDER));

describe('content security policy', () => {
  it('the page has exactly one meta CSP, equal to the header but for frame-ancestors', () => {
    expect(metas).toHaveLength(1);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(meta.has('frame-ancestors')).toBe(false);
    const headerWithoutFrameAncestors = new Map([...header].filter(([name]) => name !== 'frame-ancestors'));
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(headerWithoutFrameAncestors));
  });

  it.each([
    ['header', header],
    ['meta', meta],
  ])('%s: nothing but the app itself may run: no eval, no inline script, Trusted Types required', (_where, policy) => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    for (const [name, values] of policy)
      for (const unsafe of [
        "'unsafe-eval'",
        "'wasm-unsafe-eval'",
        "'unsafe-hashes'",
        '*',
        'http:',
        'https:',
        'data:',
      ]) {
        if (name === 'script-src' || name === 'worker-src' || name === 'default-src')
          expect(values, `${name} ${unsafe}`).not.toContain(unsafe);
      }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    // Injected <style> elements need the load's nonce; 'unsafe-inline' would allow any.
    expect(policy.get('style-src')).toEqual(["'self'", `'nonce-${STYLE_NONCE_PLACEHOLDER}'`]);
  });

  it('the page carries the nonce placeholder where the renderer reads it (style-nonce.ts)', () => {
    expect(html).toContain(`<meta property="csp-nonce" nonce="${STYLE_NONCE_PLACEHOLDER}" />`);
  });

  it('trusted-types names exactly the policies the page creates', () => {
    const source = readFileSync(path.join(ROOT, 'renderer/src/trusted-types.ts'), 'utf8');
    const created = [...source.matchAll(/createPolicy\('([^']+)'/g)].map((m) => m[1]).sort();
    expect(created).toEqual(['creditstack-parse', 'default']);
    expect([...(header.get('trusted-types') ?? [])].sort()).toEqual(created);
  });
});
