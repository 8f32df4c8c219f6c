// build/Code.js parses as an ES2020 script: nothing newer than Apps Script's V8 is shipped.
import { parse } from 'acorn';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle } from '../../scripts/build';

const parseEs2020 = (code: string) => parse(code, { ecmaVersion: 2020, sourceType: 'script' });

describe('the bundle syntax', () => {
  it('parses as an ES2020 script', () => {
    const code = readFileSync(join(__dirname, '../../build/Code.js'), 'utf8');
    expect(() => parseEs2020(code)).not.toThrow();
  });

  it('fails the parse when shipped code has a #private field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-private-'));
    const entry = join(dir, 'main.ts');
    writeFileSync(entry, 'class Counter { #n = 0; inc() { return ++this.#n; } }\nexport const ENTRY_POINTS = { c: () => new Counter().inc() };\n');
    const { file } = await buildBundle({ entry, outDir: join(dir, 'out'), names: ['c'] });
    const code = readFileSync(file, 'utf8');
    expect(code).toContain('#n');
    expect(() => parseEs2020(code)).toThrow();
  });

  it('fails the parse on a static block', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-static-'));
    const entry = join(dir, 'main.ts');
    writeFileSync(entry, 'const box = { v: 0 };\nclass A { static { box.v = 2; } }\nexport const ENTRY_POINTS = { a: () => [A, box.v] };\n');
    const { file } = await buildBundle({ entry, outDir: join(dir, 'out'), names: ['a'] });
    expect(() => parseEs2020(readFileSync(file, 'utf8'))).toThrow();
  });
});
