// The row rules both stores share: reading a table (last row of a key wins) and planning where a save writes.
import { planSave, readTable, emptyExtents, checkChanges } from '../../src/adapters/store-rows';
import { AppError } from '../../src/core/errors';

describe('readTable', () => {
  it('keeps the last row of each key at its position, skips keyless rows, pads to the width', () => {
    const { rows, positions } = readTable(
      [['a', '1'], ['b', '2'], [], ['a', '3', 'x'], ['', 'orphan'], ['c']],
      { rowCount: 6, width: 3 },
    );
    expect(rows).toEqual([
      ['b', '2', ''],
      ['a', '3', 'x'],
      ['c', '', ''],
    ]);
    expect([...positions]).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 5],
    ]);
  });

  it('ignores rows below the recorded row count (never written by a store)', () => {
    expect(readTable([['a'], ['junk']], { rowCount: 1, width: 1 }).rows).toEqual([['a']]);
  });

  it('reads numbers and booleans a person typed as text', () => {
    expect(readTable([['a', 5, true, null]], { rowCount: 1, width: 4 }).rows).toEqual([
      ['a', '5', 'true', ''],
    ]);
  });
});

describe('planSave', () => {
  it('writes known keys in place, appends new ones after the last row, pads to the new width', () => {
    const extents = emptyExtents();
    extents.labels = { rowCount: 3, width: 2 };
    const positions = {
      labels: new Map([
        ['a', 0],
        ['b', 2],
      ]),
    };
    const plan = planSave(extents, positions, {
      put: {
        labels: [
          ['b', 'B', 'extra'],
          ['z', 'Z'],
          ['b', 'B2', 'x'],
        ],
      },
    });
    expect(plan.writes).toEqual([
      { table: 'labels', index: 2, row: ['b', 'B2', 'x'] },
      { table: 'labels', index: 3, row: ['z', 'Z', ''] },
    ]);
    expect(plan.extents.labels).toEqual({ rowCount: 4, width: 3 });
    expect(extents.labels).toEqual({ rowCount: 3, width: 2 });
  });

  it('appends everything to a table the snapshot did not load', () => {
    const extents = emptyExtents();
    extents.audit = { rowCount: 10, width: 4 };
    const plan = planSave(extents, {}, { put: { audit: [['e1', 'x']] } });
    expect(plan.writes).toEqual([{ table: 'audit', index: 10, row: ['e1', 'x', '', ''] }]);
  });
});

describe('checkChanges', () => {
  it.each([
    ['no put', {}],
    ['put is not an object', { put: 'x' }],
    ['rows not a list', { put: { labels: 'x' } }],
    ['a row not a list', { put: { labels: ['x'] } }],
  ])('refuses a change set with %s', (_what, changes) => {
    expect(() => checkChanges(changes as never)).toThrow(AppError);
  });
});
