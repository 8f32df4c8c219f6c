// A card action naming a function that is not an entry point does not compile.
import ts from 'typescript';
import { join } from 'node:path';

const root = join(__dirname, '../..');

function diagnosticsFor(source: string): string[] {
  const file = join(root, 'src/ui/__typed_action_probe__.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile;
  host.readFile = (f) => (f === file ? source : read(f));
  host.fileExists = ((exists) => (f: string) => f === file || exists(f))(host.fileExists);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('typed card actions', () => {
  it('compiles an action that names an entry point', () => {
    expect(diagnosticsFor("import type { ActionRef } from './card-model';\nexport const a: ActionRef = { fn: 'onHomepage' };\n")).toEqual([]);
  });

  it('fails to compile an action that names a function that is not an entry point', () => {
    const errors = diagnosticsFor("import type { ActionRef } from './card-model';\nexport const a: ActionRef = { fn: 'onNoSuchThing' };\n");
    expect(errors.join('\n')).toMatch(/onNoSuchThing/);
  });
});
