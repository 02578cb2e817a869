import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';

export interface SyntaxProblem {
  file: string;
  message: string;
}

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsFiles(full));
    else if (entry.name.endsWith('.js')) out.push(full);
  }
  return out;
}

/**
 * Every .js under `dir` parsed as ES2017 scripts. project.config.json has `es6: false`, so WeChat
 * ships the files as they are, and older iOS WeChat (JavaScriptCore of iOS 10/11) fails to parse
 * anything newer: class fields, BigInt literals, `?.`, `??`, object spread, async iteration.
 */
export function es2017Problems(dir: string): { files: number; problems: SyntaxProblem[] } {
  const files = jsFiles(dir);
  const problems: SyntaxProblem[] = [];
  for (const file of files) {
    try {
      parse(readFileSync(file, 'utf8'), { ecmaVersion: 2017, sourceType: 'script' });
    } catch (error) {
      problems.push({ file: path.relative(dir, file), message: (error as Error).message });
    }
  }
  return { files: files.length, problems };
}
