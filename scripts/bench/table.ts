// Turns scenario results into rows, and rows into the printed table (monospace, one line per scenario).
import type { BenchRow, BenchScenario, ScenarioResult } from './types';

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function toRow(s: BenchScenario, r: ScenarioResult): BenchRow {
  const m = r.measured;
  return {
    scenario: `${s.id}) ${s.title}`,
    peopleCalls: m.peopleCalls,
    peopleLowerBound: r.peopleLowerBound,
    peopleRatio: round(m.peopleCalls / Math.max(1, r.peopleLowerBound), 3),
    directoryCalls: m.directoryCalls,
    sheetsCalls: m.sheetsCalls,
    runs: m.runs,
    virtualMinutes: { longestRun: round(m.longestRunMs / 60000, 2), total: round(m.totalRunMs / 60000, 2) },
    planCpuMs: m.cpuMs,
    peopleWrites: m.peopleWrites,
    nextRunPeopleCalls: r.nextRunPeopleCalls ?? null,
    targets: r.targets,
  };
}

const HEADERS = [
  'scenario',
  'People',
  'bound',
  'ratio',
  'writes',
  'Dir',
  'Sheets',
  'runs',
  'vmin max',
  'vmin total',
  'CPU ms',
  'next run',
  'targets',
];

export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    r.scenario,
    String(r.peopleCalls),
    String(r.peopleLowerBound),
    r.peopleRatio.toFixed(3),
    String(r.peopleWrites),
    String(r.directoryCalls),
    String(r.sheetsCalls),
    String(r.runs),
    r.virtualMinutes.longestRun.toFixed(2),
    r.virtualMinutes.total.toFixed(2),
    String(r.planCpuMs),
    r.nextRunPeopleCalls === null ? '—' : String(r.nextRunPeopleCalls),
    r.targets.every((t) => t.met)
      ? 'met'
      : `MISSED: ${r.targets
          .filter((t) => !t.met)
          .map((t) => t.target)
          .join('; ')}`,
  ]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => (i === 0 || i === c.length - 1 ? x.padEnd(widths[i]) : x.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(HEADERS), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
