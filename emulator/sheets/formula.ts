// A deliberately tiny formula evaluator: arithmetic on literals only. Anything else yields Sheets' error values,
// because the emulator's job is to show when a formula got stored, not to be a spreadsheet engine.

export type FormulaResult = number | string | boolean;

class ParseError extends Error {}
class NameError extends Error {}

/** Evaluates `=...`: numbers, strings, + - * / & ^, parentheses. Names or functions -> `#NAME?`; bad syntax -> `#ERROR!`. */
export function evaluateFormula(formula: string): FormulaResult {
  const src = formula.replace(/^=/, '');
  let i = 0;
  const ws = () => {
    while (src[i] === ' ') i++;
  };
  const num = (v: FormulaResult): number => {
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    const n = Number(v);
    if (v.trim() === '' || Number.isNaN(n)) throw new ParseError('#VALUE!');
    return n;
  };
  const primary = (): FormulaResult => {
    ws();
    const ch = src[i];
    if (ch === '(') {
      i++;
      const v = concat();
      ws();
      if (src[i] !== ')') throw new ParseError();
      i++;
      return v;
    }
    if (ch === '+' || ch === '-' || ch === '@') {
      i++;
      const v = primary();
      if (ch === '@') return v;
      return ch === '-' ? -num(v) : num(v);
    }
    if (ch === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new ParseError();
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          return s;
        }
        s += src[i++];
      }
    }
    const n = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?/.exec(src.slice(i));
    if (n) {
      i += n[0].length;
      const v = Number(n[0].replace('%', ''));
      return n[0].endsWith('%') ? v / 100 : v;
    }
    const name = /^[A-Za-z_$][A-Za-z0-9_.$:!]*/.exec(src.slice(i));
    if (name) {
      i += name[0].length;
      const upper = name[0].toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
      throw new NameError();
    }
    throw new ParseError();
  };
  const power = (): FormulaResult => {
    let v = primary();
    for (ws(); src[i] === '^'; ws()) {
      i++;
      v = Math.pow(num(v), num(primary()));
    }
    return v;
  };
  const term = (): FormulaResult => {
    let v = power();
    for (ws(); src[i] === '*' || src[i] === '/'; ws()) {
      const op = src[i++];
      const r = num(power());
      if (op === '/' && r === 0) throw new ParseError('#DIV/0!');
      v = op === '*' ? num(v) * r : num(v) / r;
    }
    return v;
  };
  const sum = (): FormulaResult => {
    let v = term();
    for (ws(); src[i] === '+' || src[i] === '-'; ws()) {
      const op = src[i++];
      const r = num(term());
      v = op === '+' ? num(v) + r : num(v) - r;
    }
    return v;
  };
  const concat = (): FormulaResult => {
    let v = sum();
    for (ws(); src[i] === '&'; ws()) {
      i++;
      v = String(v) + String(sum());
    }
    return v;
  };
  try {
    const v = concat();
    ws();
    return i < src.length ? '#ERROR!' : v;
  } catch (e) {
    if (e instanceof NameError) return '#NAME?';
    if (e instanceof ParseError) return e.message.startsWith('#') ? e.message : '#ERROR!';
    throw e;
  }
}
