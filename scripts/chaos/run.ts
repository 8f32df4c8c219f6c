// Runs one chaos scenario exactly as `runScenario` does (same domain build, setup and steps through the deployed
// bundle), observing between steps without disturbing anything: the store and Directory after each step, which
// contact each Google-side step touched, and the bytes of every contact that is the user's own.
import { AppsScriptRuntime, type Manifest } from '../../emulator/appsscript/runtime';
import { buildWorld, newRuntime, setUpProduct } from '../scenario/domain';
import type { Scenario, Step } from '../scenario/schema';
import type { Session } from '../scenario/session';
import { runStep, type StepResult } from '../scenario/steps';
import { directoryFacts, type DirectoryFacts } from './oracle';
import { bytesOf, labelGroups, livePersons, storedPerson, tagOf } from './people-view';
import { readStore, type StoreView } from './store-view';

/** The world between two steps, as far as the invariants need it. */
export interface Observation {
  store: StoreView;
  dir: DirectoryFacts;
  clock: number;
}

/** The contact a Google-side step acted on, resolved before the step as the step itself resolves it. */
export interface Touched {
  account: string;
  resourceName: string;
  /** The master it was a copy of, or null for the user's own contact. */
  masterId: string | null;
}

export interface StepRecord {
  index: number;
  step: Step;
  result: StepResult;
  before: Observation;
  after: Observation;
  touched: Touched | null;
  /** The label and master the step's names stood for when it ran (as the runner resolves them). */
  resolved: { labelId?: string; masterId?: string };
}

export interface ChaosRun {
  session: Session;
  records: StepRecord[];
  /** The users' own contacts that nobody but the product could have changed: account -> resource name -> bytes. */
  own: Map<string, Map<string, string>>;
  /** Own contacts a user changed or handed to a label themselves (Google-side steps, addExisting): not compared. */
  userTouched: Set<string>;
}

export interface ChaosOptions {
  /** Another bundle than build/Code.js (the invariant tests run deliberately broken engines). */
  bundle?: { code: string; manifest: Manifest };
  log?: (line: string) => void;
}

const ownKey = (account: string, rn: string) => `${account}|${rn}`;

function observe(session: Session): Observation {
  return {
    store: readStore(session.world),
    dir: directoryFacts(session.world),
    clock: session.world.clock.now(),
  };
}

/** What `personOf` in scripts/scenario/google-side.ts will pick: the user's copy of the key's master, else their own contact. */
function resolveTouched(session: Session, step: Step): Touched | null {
  if (
    !step.do.startsWith('google.') ||
    step.do === 'google.createContact' ||
    typeof step.contact !== 'string'
  )
    return null;
  const account = String(step.as).toLowerCase();
  const masterId = session.masters.get(step.contact);
  if (masterId) {
    const copy = livePersons(session.world, account).find((p) => tagOf(p)?.masterId === masterId);
    if (copy) return { account, resourceName: copy.resourceName, masterId };
  }
  const rn = session.own.get(account)?.get(step.contact);
  const p = rn ? storedPerson(session.world, account, rn) : undefined;
  return p ? { account, resourceName: p.resourceName, masterId: tagOf(p)?.masterId ?? null } : null;
}

export function runChaos(s: Scenario, opts: ChaosOptions = {}): ChaosRun {
  const log = opts.log ?? (() => undefined);
  const { world, own: ownKeys } = buildWorld(s);
  const runtime = opts.bundle
    ? new AppsScriptRuntime(world, opts.bundle.code, opts.bundle.manifest)
    : newRuntime(world);
  const session: Session = {
    world,
    runtime,
    labels: new Map(),
    masters: new Map(),
    own: ownKeys,
    runs: 0,
    log,
  };
  setUpProduct(session, s);

  const own = new Map<string, Map<string, string>>();
  const remember = (account: string, rn: string) => {
    const p = storedPerson(world, account, rn);
    if (!p) return;
    if (!own.has(account)) own.set(account, new Map());
    own.get(account)!.set(rn, bytesOf(p));
  };
  for (const [account, keys] of ownKeys) for (const rn of keys.values()) remember(account, rn);

  const userTouched = new Set<string>();
  const records: StepRecord[] = [];
  let before = observe(session);
  s.steps.forEach((step, index) => {
    const touched = resolveTouched(session, step);
    const resolved = {
      labelId: step.label === undefined ? undefined : session.labels.get(String(step.label)),
      masterId: step.contact === undefined ? undefined : session.masters.get(String(step.contact)),
    };
    const addExisting =
      step.do === 'addExisting'
        ? session.own.get(String(step.as).toLowerCase())?.get(String(step.contact))
        : undefined;
    const result = runStep(session, step, index);
    if (!result.ok) log(`step ${index} (${step.do}) refused: ${result.error?.code} ${result.error?.message}`);
    const account = String(step.as ?? '').toLowerCase();
    if (touched) userTouched.add(ownKey(touched.account, touched.resourceName));
    if (addExisting) userTouched.add(ownKey(account, addExisting));
    if (step.do === 'google.createContact') {
      const rn = session.own.get(account)?.get(String(step.key));
      const p = rn ? storedPerson(world, account, rn) : undefined;
      const grouped = p && labelGroups(world, account).some((g) => p.groups.includes(g.resourceName));
      if (rn && p && !grouped) remember(account, rn);
      else if (rn) userTouched.add(ownKey(account, rn));
    }
    const after = observe(session);
    records.push({ index, step, result, before, after, touched, resolved });
    before = after;
  });
  return { session, records, own, userTouched };
}

export { ownKey };
