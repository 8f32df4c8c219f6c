// The issue's five bench scenarios (a)–(e), each with the People lower bound of what it measures (docs/bench.md).
import { googleUpdate } from '../scenario/google-side';
import { collaborator, benchDomain, masterId, seedMasters, shareWith } from './domain';
import { measureRuns, settle } from './measure';
import type { BenchScenario, FixtureCache, Measured, ScenarioResult, Session, TargetCheck } from './types';

/** People API maxima (DESIGN.md section 9) and the page size of a read. */
const CREATES_PER_CALL = 200;
/** Targets of issue 5, item 6. */
const MAX_RATIO = 1.05;
const MAX_RUN_MS = 5 * 60 * 1000;

const BIG = 25000;
const TEAM_CONTACTS = 5000;
const TEAM_SIZE = 50;

function runTarget(m: Measured): TargetCheck {
  return {
    target: `no run over 5 virtual minutes (longest ${(m.longestRunMs / 60000).toFixed(2)})`,
    met: m.longestRunMs <= MAX_RUN_MS,
  };
}

function ratioTarget(m: Measured, bound: number): TargetCheck {
  return { target: `People calls ≤ ${MAX_RATIO} × lower bound`, met: m.peopleCalls <= MAX_RATIO * bound };
}

function idleTarget(m: Measured): TargetCheck {
  return { target: 'reaches idle', met: m.idle };
}

/** A label of 5,000 contacts owned by one user, granted to 50 (u01 editor, the rest viewers); b, c, d and e share it. */
interface Team {
  session: Session;
  labelId: string;
  accounts: number;
  phase: 'shared' | 'synced';
}

function team(fixtures: FixtureCache, log: (line: string) => void): Team {
  return fixtures.get<Team>('team', () => {
    const { session, labelId } = benchDomain(TEAM_SIZE, 'Team', log);
    seedMasters(session, labelId, TEAM_CONTACTS);
    // The owner's own copies first, so that what is measured is the fan-out to the collaborators.
    measureRuns(session, { until: 'idle' });
    settle(session, 1);
    for (let n = 1; n <= TEAM_SIZE; n++)
      shareWith(session, labelId, collaborator(n), n === 1 ? 'editor' : 'viewer');
    return { session, labelId, accounts: TEAM_SIZE + 1, phase: 'shared' };
  });
}

/** The team in a steady state: every copy written and read back once. */
function syncedTeam(fixtures: FixtureCache, log: (line: string) => void): Team {
  const t = team(fixtures, log);
  if (t.phase === 'shared') {
    log('bench: syncing the 5,000 × 50 domain first (not measured)');
    measureRuns(t.session, { until: 'idle' });
    settle(t.session, t.accounts);
    t.phase = 'synced';
  }
  return t;
}

/** Measures until idle, then the one run after it (which reads back the writes), then settles. */
function untilIdleThenNext(session: Session, accounts: number): { measured: Measured; next: number } {
  const measured = measureRuns(session, { until: 'idle' });
  const next = measureRuns(session, { until: 'once' }).peopleCalls;
  settle(session, accounts);
  return { measured, next };
}

export const bigToOne: BenchScenario = {
  id: 'a',
  title: '25,000 contacts to 1 new collaborator',
  run(fixtures, log): ScenarioResult {
    fixtures.clear();
    const { session, labelId } = benchDomain(1, 'Big', log);
    seedMasters(session, labelId, BIG);
    measureRuns(session, { until: 'idle' });
    settle(session, 1);
    shareWith(session, labelId, collaborator(1), 'viewer');
    const { measured, next } = untilIdleThenNext(session, 2);
    // 1 list page per account (the owner's incremental read, the newcomer's empty full read), 1 group, N/200 creates.
    const bound = 2 + 1 + Math.ceil(BIG / CREATES_PER_CALL);
    return {
      measured,
      peopleLowerBound: bound,
      nextRunPeopleCalls: next,
      targets: [ratioTarget(measured, bound), runTarget(measured), idleTarget(measured)],
    };
  },
};

export const teamFanOut: BenchScenario = {
  id: 'b',
  title: '5,000 contacts to 50 collaborators',
  run(fixtures, log): ScenarioResult {
    let t = team(fixtures, log);
    if (t.phase !== 'shared') {
      fixtures.clear();
      t = team(fixtures, log);
    }
    const { measured, next } = untilIdleThenNext(t.session, t.accounts);
    t.phase = 'synced';
    // Per account 1 list page; per collaborator 1 group create and N/200 creates.
    const bound = t.accounts + TEAM_SIZE * (1 + Math.ceil(TEAM_CONTACTS / CREATES_PER_CALL));
    return {
      measured,
      peopleLowerBound: bound,
      nextRunPeopleCalls: next,
      targets: [ratioTarget(measured, bound), runTarget(measured), idleTarget(measured)],
    };
  },
};

export const oneChange: BenchScenario = {
  id: 'c',
  title: '1 changed contact in a label shared with 50',
  run(fixtures, log): ScenarioResult {
    const t = syncedTeam(fixtures, log);
    // u01 (editor) changes a phone number in Google Contacts; the run accepts it and spreads it to the 50 others.
    googleUpdate(t.session, collaborator(1), masterId(42), {
      phoneNumbers: [{ value: '+39 333 000 0042', type: 'mobile' }],
    });
    const { measured, next } = untilIdleThenNext(t.session, t.accounts);
    // Per account 1 list page; 1 update in every account whose copy differs: all but the editor's.
    const bound = t.accounts + (t.accounts - 1);
    return {
      measured,
      peopleLowerBound: bound,
      nextRunPeopleCalls: next,
      targets: [ratioTarget(measured, bound), runTarget(measured), idleTarget(measured)],
    };
  },
};

export const steadyState: BenchScenario = {
  id: 'd',
  title: 'steady state, no change (5,000 × 50)',
  run(fixtures, log): ScenarioResult {
    const t = syncedTeam(fixtures, log);
    const measured = measureRuns(t.session, { until: 'once' });
    const bound = t.accounts;
    const quiet: TargetCheck = {
      target: `one list call per user (${t.accounts}) and no write`,
      met:
        measured.peopleLists === t.accounts &&
        measured.peopleCalls === t.accounts &&
        measured.peopleWrites === 0,
    };
    return { measured, peopleLowerBound: bound, targets: [quiet, runTarget(measured), idleTarget(measured)] };
  },
};

export const steadyUnder429: BenchScenario = {
  id: 'e',
  title: 'steady state with 10% People 429s',
  run(fixtures, log): ScenarioResult {
    const t = syncedTeam(fixtures, log);
    t.session.world.setFaults({ people: { error429: 0.1 }, seed: 429 });
    let measured: Measured;
    try {
      measured = measureRuns(t.session, { until: 'idle' });
    } finally {
      t.session.world.setFaults({});
    }
    const bound = t.accounts;
    const quiet: TargetCheck = { target: 'no write', met: measured.peopleWrites === 0 };
    return {
      measured,
      peopleLowerBound: bound,
      targets: [quiet, runTarget(measured), idleTarget(measured)],
      notes: ['faults on People only: the Sheets and Directory adapters do not retry (docs/bench.md)'],
    };
  },
};

export const ISSUE_SCENARIOS: readonly BenchScenario[] = [
  bigToOne,
  teamFanOut,
  oneChange,
  steadyState,
  steadyUnder429,
];
