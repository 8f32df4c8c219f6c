// clasp pushes exactly the built Code.js and appsscript.json (checked offline with `clasp show-file-status`).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

describe('the build output', () => {
  it('holds only Code.js and appsscript.json', () => {
    expect(readdirSync(join(root, 'build')).sort()).toEqual(['Code.js', 'appsscript.json']);
  });

  it('is exactly what clasp would push', () => {
    const out = execFileSync(join(root, 'node_modules/.bin/clasp'), ['show-file-status'], { cwd: root, encoding: 'utf8' });
    const tracked = out.split('Untracked files:')[0];
    const files = [...tracked.matchAll(/(build\/\S+)/g)].map((m) => m[1]).sort();
    expect(files).toEqual(['build/Code.js', 'build/appsscript.json']);
  });
});
