// The part of Papa Parse (https://www.papaparse.com/docs) the feeds use. We import the browser build
// (`papaparse.min.js`): the Node build requires the `stream` module, which neither esbuild's neutral platform nor Apps
// Script has, and @types/papaparse pulls Node's types into the pure compile of src/core.
declare module 'papaparse/papaparse.min.js' {
  export interface PapaError {
    type: string;
    code: string;
    message: string;
    /** The data row the error is in (0-based index into `data`). */
    row?: number;
  }

  export interface PapaResult {
    data: string[][];
    errors: PapaError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
  }

  export interface PapaParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    newline?: string;
    quoteChar?: string;
    escapeChar?: string;
    preview?: number;
    skipEmptyLines?: boolean | 'greedy';
  }

  export interface PapaUnparseConfig {
    quotes?: boolean;
    delimiter?: string;
    newline?: string;
    /** Prefixes `=`, `+`, `-`, `@` (and tab/CR) cells with `'`, so a spreadsheet never runs them as formulas. */
    escapeFormulae?: boolean;
  }

  const Papa: {
    parse(input: string, config?: PapaParseConfig): PapaResult;
    unparse(data: string[][], config?: PapaUnparseConfig): string;
  };
  export default Papa;
}
