import { evaluateFormula } from '../../../emulator/sheets/formula';

describe('evaluateFormula', () => {
  it('computes arithmetic on literals', () => {
    expect(evaluateFormula('=1+2*3')).toBe(7);
    expect(evaluateFormula('=(1+2)*3')).toBe(9);
    expect(evaluateFormula('=2^3-1')).toBe(7);
    expect(evaluateFormula('=-4/2')).toBe(-2);
    expect(evaluateFormula('="a"&"b"')).toBe('ab');
    expect(evaluateFormula('=TRUE')).toBe(true);
  });

  it('answers error values for names, bad syntax and division by zero', () => {
    expect(evaluateFormula('=SUM(1,2)')).toBe('#NAME?');
    expect(evaluateFormula('=A1+1')).toBe('#NAME?');
    expect(evaluateFormula('=1+')).toBe('#ERROR!');
    expect(evaluateFormula('=+1 555 0100')).toBe('#ERROR!');
    expect(evaluateFormula('=1/0')).toBe('#DIV/0!');
    expect(evaluateFormula('="a"*2')).toBe('#VALUE!');
  });
});
