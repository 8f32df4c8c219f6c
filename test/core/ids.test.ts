import { counterIdSource } from '../../src/core/ids';

describe('counterIdSource', () => {
  it('gives prefixed, increasing ids, independent per source', () => {
    const a = counterIdSource();
    const b = counterIdSource(10);
    expect([a.newId('lbl_'), a.newId('g_'), a.newId('lbl_')]).toEqual(['lbl_1', 'g_2', 'lbl_3']);
    expect(b.newId('c_')).toBe('c_10');
  });
});
