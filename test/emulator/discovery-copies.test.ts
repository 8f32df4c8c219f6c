// The emulator's copies of Google's discovery documents are the reference ones (when ../shared is beside the repo).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const reference = join(__dirname, '../../../shared/reference');
const files = ['people-v1.json', 'admin-directory_v1.json', 'sheets-v4.json', 'appsscript.schema.json'];

describe('emulator/discovery', () => {
  it.each(files)('%s is the reference document byte for byte', (file) => {
    const ours = readFileSync(join(__dirname, '../../emulator/discovery', file), 'utf8');
    if (!existsSync(join(reference, file))) {
      // A clone without shared/ beside it still has the copies; they were checked when they were committed.
      expect(JSON.parse(ours)).toBeTruthy();
      return;
    }
    expect(ours).toBe(readFileSync(join(reference, file), 'utf8'));
  });
});
