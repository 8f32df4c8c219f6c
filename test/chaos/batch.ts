// Runs a range of chaos seeds inside one jest test file; a failure names every failing seed and what broke, so it can
// be replayed with `npm run chaos -- --seed N`.
import { checkSeed } from '../../scripts/chaos/seed';

export function seedBatch(from: number, count: number, perTest = 25): void {
  const starts = Array.from({ length: Math.ceil(count / perTest) }, (_, i) => from + i * perTest);
  describe(`chaos seeds ${from}..${from + count - 1}`, () => {
    it.each(starts)(
      'all invariants hold for the seeds from %i',
      (start) => {
        const failures: string[] = [];
        for (let seed = start; seed < Math.min(start + perTest, from + count); seed++) {
          const o = checkSeed(seed);
          if (o.crash) failures.push(`seed ${seed} crashed: ${o.crash.split('\n').slice(0, 3).join(' | ')}`);
          for (const v of o.violations) failures.push(`seed ${seed} ${v.invariant}: ${v.detail}`);
        }
        expect(failures).toEqual([]);
      },
      120000,
    );
  });
}
