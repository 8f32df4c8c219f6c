// A malformed scenario is refused before anything runs, naming the step and the field; the CLI exits 2.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenario } from '../../scripts/scenario/schema';

const base = { domain: 'example.com', users: [{ email: 'alice@example.com' }] };
const parse = (o: unknown) => () => parseScenario(JSON.stringify(o));

describe('parseScenario', () => {
  it('fills the documented defaults', () => {
    const s = parseScenario(JSON.stringify(base));
    expect(s).toEqual(expect.objectContaining({ edition: 'ENTERPRISE', seats: 'unlimited', admin: 'alice@example.com', steps: [] }));
  });

  it.each([
    [{ ...base, steps: [{ as: 'alice@example.com', do: 'shareLabel' }] }, /step 0: unknown verb 'shareLabel' in field 'do'/],
    [{ ...base, steps: [{ as: 'alice@example.com', do: 'share', label: 'X', with: 'b@example.com' }] }, /step 0 \(share\): missing field 'role'/],
    [{ ...base, steps: [{ do: 'createLabel', name: 'X' }] }, /step 0 \(createLabel\): field 'as' must be an e-mail address/],
    [{ ...base, steps: [{}, { as: 'alice@example.com', do: 'share', label: 'X', with: 'b@example.com', role: 'owner' }] }, /step 0: unknown verb/],
    [{ ...base, steps: [{ as: 'alice@example.com', do: 'share', label: 'X', with: 'b@example.com', role: 'owner' }] }, /step 0 \(share\): field 'role' must be one of viewer, editor, deleter, manager/],
    [{ ...base, steps: [{ as: 'alice@example.com', do: 'createLabel', name: 'X', lable: 'typo' }] }, /unknown field 'lable'/],
    [{ ...base, users: [{ email: 'x@other.org' }] }, /users\[0\].*not in the domain/],
    [{ ...base, edition: 'GOLD' }, /field 'edition'/],
  ])('refuses %j', (file, message) => {
    expect(parse(file)).toThrow(message);
  });

  it('refuses a file that is not JSON', () => {
    expect(() => parseScenario('{ nope')).toThrow(/not valid JSON/);
  });

  it('makes the CLI exit 2 with a one-line reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-scenario-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...base, steps: [{ as: 'alice@example.com', do: 'share', label: 'X', role: 'viewer' }] }));
    let status = 0;
    let stderr = '';
    try {
      execFileSync(join(__dirname, '../../node_modules/.bin/tsx'), [join(__dirname, '../../scripts/scenario.ts'), file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = String((e as { stderr: string }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/step 0 \(share\): missing field 'with'/)]);
  });
});
