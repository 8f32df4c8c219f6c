// Each invariant of DESIGN.md section 10 as the chaos suite checks it: it holds for the real engine, and it FAILS when
// the engine (a patched copy of the deployed bundle) or the world is broken on purpose in exactly that respect.
import { seedContact } from '../../emulator/people/contacts-ui';
import {
  checkConvergence,
  checkDuplicates,
  checkEdits,
  checkEscalation,
  checkInvariants,
  checkOwnUntouched,
} from '../../scripts/chaos/invariants';
import { runChaos, type ChaosOptions } from '../../scripts/chaos/run';
import { parseScenario } from '../../scripts/scenario/schema';
import { brokenBundle, everyInvariantScenario } from './support';

const run = (opts: ChaosOptions = {}) =>
  runChaos(parseScenario(JSON.stringify(everyInvariantScenario())), opts);
const kinds = (vs: Array<{ invariant: string }>) => [...new Set(vs.map((v) => v.invariant))].sort();

describe('the chaos invariants', () => {
  it('all hold for the engine as built', () => {
    const r = run();
    expect(r.records.every((x) => x.step.do !== 'syncUntilIdle' || x.result.ok)).toBe(true);
    expect(checkInvariants(r)).toEqual([]);
  });

  it('convergence fails when the push never updates a copy', () => {
    const r = run({ bundle: brokenBundle(['if (entry.revision !== d.master.revision) {', 'if (false) {']) });
    const found = checkConvergence(r);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].detail).toMatch(/copy of .* differs from the master/);
  });

  it('no duplicates fails when the push creates every batch twice and the read-back keeps both', () => {
    const r = run({
      bundle: brokenBundle(
        [
          'const created = gw.createCopies(part);',
          'gw.createCopies(part); const created = gw.createCopies(part);',
        ],
        ['for (const p of persons) if (p !== keeper && !p.tag.adopted) duplicates.push(p.resourceName);', ''],
      ),
    });
    expect(checkDuplicates(r)[0]?.detail).toMatch(/holds 2 copies of/);
  });

  it('no duplicates fails when the world holds a second tagged copy', () => {
    const r = run();
    const master = r.session.masters.get('k1')!;
    seedContact(r.session.world, 'bob@example.com', {
      names: [{ givenName: 'Ann' }],
      clientData: [{ key: 'sharedLabels.master', value: master }],
    });
    expect(checkDuplicates(r).map((v) => v.detail)).toEqual([`bob@example.com holds 2 copies of ${master}`]);
  });

  it('own contacts untouched fails when the engine deletes a contact it did not create', () => {
    const r = run({
      bundle: brokenBundle([
        'const person = fromPeoplePerson(p.person);',
        'duplicates.push(p.resourceName); const person = fromPeoplePerson(p.person);',
      ]),
    });
    expect(checkOwnUntouched(r).map((v) => v.detail)).toEqual([
      expect.stringMatching(/bob@example.com's own contact people\/c\d+ was deleted/),
    ]);
  });

  it('no accepted edit lost fails when an accepted edit does not reach the master', () => {
    const r = run({
      bundle: brokenBundle([
        'out.changed.set(m.id, { ...m, person: merged,',
        'out.changed.set(m.id, { ...m, person: m.person,',
      ]),
    });
    expect(checkEdits(r).map((v) => v.detail)).toEqual([
      expect.stringMatching(/carol@example.com \(editor or more throughout\) set "t7s7"/),
    ]);
  });

  it("no escalation fails when a viewer's edit in Google reaches the master", () => {
    const r = run({
      bundle: brokenBundle([
        'if (readOnly(m, input2.labels) || !allowed(role, "editContact")) {',
        'if (readOnly(m, input2.labels)) {',
      ]),
    });
    const found = [...checkEdits(r), ...checkEscalation(r)];
    expect(kinds(found)).toEqual(['noEscalation']);
    expect(found.map((v) => v.detail)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /bob@example.com \(never more than viewer\) edited .* "t7s8" reached the store/,
        ),
      ]),
    );
  });

  it("no escalation fails when a viewer's updateContact command is let through", () => {
    const r = run({
      bundle: brokenBundle(['if (!can(role, "editContact")) return fail(denied("editContact", role));', '']),
    });
    expect(checkEscalation(r).map((v) => v.detail)).toEqual([
      expect.stringMatching(/updateContact by bob@example.com succeeded with role viewer \(needs editor\)/),
    ]);
  });
});
