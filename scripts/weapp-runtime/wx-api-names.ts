import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every member of WeChat's `Wx` interface as published in miniprogram-api-typings: the only names
 * the runtime's `wx` answers to, so a call to an API WeChat does not have (a typo, an Alipay-only
 * name, a removed API) fails the test instead of passing against a permissive mock.
 */
export function wxApiNames(): Set<string> {
  const dir = path.join(path.dirname(require.resolve('miniprogram-api-typings/package.json')), 'types', 'wx');
  const names = new Set<string>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.d.ts')) continue;
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    let inside = false;
    let inComment = false;
    let indent = '';
    for (const line of lines) {
      // Doc comments hold code samples whose braces would end the interface early.
      if (inComment) {
        if (line.includes('*/')) inComment = false;
        continue;
      }
      if (/^\s*\/\*/.test(line) && !line.includes('*/')) {
        inComment = true;
        continue;
      }
      if (!inside) {
        const open = /^(\s*)interface Wx \{/.exec(line);
        if (open) {
          inside = true;
          indent = open[1];
        }
        continue;
      }
      if (line === `${indent}}`) {
        inside = false;
        continue;
      }
      const member = new RegExp(`^${indent}    ([A-Za-z_$][\\w$]*)\\s*[<(:?]`).exec(line);
      if (member) names.add(member[1]);
    }
  }
  if (names.size < 300) throw new Error(`miniprogram-api-typings: only ${names.size} wx names found; has its layout changed?`);
  return names;
}
