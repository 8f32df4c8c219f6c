// Command: fill a label from a feed (owner only) — the company directory, a CSV file, a Google Sheet or a CRM export.
// The source is checked now (so a wrong file is refused at once); the rows are imported by the next sync run.
import { checkGrant } from '../../core/edition';
import { AppError, fail, failedPrecondition, invalidArgument, isAppError, ok, permissionDenied, Result } from '../../core/errors';
import { checkMapping, CrmFeed } from '../../core/feed/crm-feed';
import { stripBom } from '../../core/feed/csv';
import type { Feed, FeedRead } from '../../core/feed/feed-port';
import { checkSource, type SkipReason } from '../../core/feed/row-check';
import { CsvFeed, SheetFeed } from '../../core/feed/tabular-feed';
import { fnv1a64 } from '../../core/hash';
import { hasControlChars } from '../../core/text';
import type { FeedSpec, Label } from '../../core/model';
import type { TableName } from '../../core/ports/store';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { recomputeCollaborators } from '../collaborators';
import { audit, envOf, type Env } from '../env';
import { bool, id, jsonObject, oneOf, optional, parseInput, text } from '../input';
import { readEdition, readSeats } from '../settings';
import type { Model } from '../store/model';
import { feedKeyOf } from './feed-apply';
import { FEEDS_PRESENT_KEY, freshState } from './feed-import';
import { sheetValuesOf } from './feed-sources';
import { FEED_KINDS, sheetRef, specKey } from './feed-spec';
import { transactFeeds } from './feed-transact';

/** The most text a CSV or CRM feed is given at once (500 cells of the feedChunks sheet). */
export const MAX_SOURCE_CHARS = 20_000_000;

const SHAPE = {
  labelId: id(),
  kind: oneOf(FEED_KINDS),
  csv: optional(text({ max: MAX_SOURCE_CHARS }), null),
  json: optional(text({ max: MAX_SOURCE_CHARS }), null),
  mapping: optional(jsonObject({ maxChars: 20000 }), null),
  spreadsheetId: optional(text({ max: 200 }), null),
  range: optional(text({ max: 300 }), null),
  /** Let the feed take over contacts the label already holds: matched by address, the others removed from the label. */
  replace: optional(bool(), false),
};

export interface FeedPreview {
  rows: number;
  /** Rows the next import would bring in (or keep). */
  valid: number;
  skipped: number;
  reasons: Partial<Record<SkipReason, number>>;
  ignoredColumns: string[];
}

export interface SetFeedOutput {
  label: Label;
  feed: FeedSpec;
  /** What the source holds now, as the import will see it; null for the directory (read by the sync, as the admin). */
  preview: FeedPreview | null;
  /** false: the label already had this very feed; nothing changed. */
  changed: boolean;
}

const missing = (field: string) => invalidArgument('error.input.missing', 'The field {field} is missing.', { field });

/** The source's own refusal (no known column, not JSON, empty), as a refusal of the input. */
function asInput(e: AppError): AppError {
  return e.code === 'FAILED_PRECONDITION' ? new AppError('INVALID_ARGUMENT', e.key, e.message, e.params) : e;
}

function previewOf(read: FeedRead): FeedPreview {
  const checked = checkSource(read);
  const reasons: Partial<Record<SkipReason, number>> = {};
  let valid = 0;
  for (const r of checked.rows) {
    if (r.ok) valid++;
    else reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
  }
  return { rows: checked.rows.length, valid, skipped: checked.rows.length - valid, reasons, ignoredColumns: read.ignoredColumns };
}

interface Planned {
  spec: FeedSpec;
  /** The CSV or CRM text to keep, or null (the other kinds keep none). */
  text: string | null;
  preview: FeedPreview | null;
}

type Parsed = {
  kind: FeedSpec['kind'];
  csv: string | null;
  json: string | null;
  mapping: Record<string, unknown> | null;
  spreadsheetId: string | null;
  range: string | null;
};

/** Checks the source before anything is locked; the Sheet is read as the label's owner, who must be able to open it. */
function plan(ctx: AppContext, p: Parsed, owner: () => string | null): Result<Planned> {
  const read = (feed: Feed): Result<FeedPreview> => {
    try {
      return ok(previewOf(feed.read()));
    } catch (e) {
      if (isAppError(e)) return fail(asInput(e));
      throw e;
    }
  };
  switch (p.kind) {
    case 'directory':
      return ok({ spec: { kind: 'directory' }, text: null, preview: null });
    case 'csv': {
      if (p.csv === null) return fail(missing('csv'));
      // One line ending: a cell stores text verbatim, and the hash then means "the same rows".
      const text = stripBom(p.csv).replace(/\r\n?/g, '\n');
      const hash = fnv1a64(text);
      const preview = read(new CsvFeed(text, hash));
      return preview.ok ? ok({ spec: { kind: 'csv', ref: hash }, text, preview: preview.value }) : preview;
    }
    case 'crm': {
      if (p.json === null) return fail(missing('json'));
      if (p.mapping === null) return fail(missing('mapping'));
      const mapping: Record<string, string> = {};
      for (const [k, v] of Object.entries(p.mapping)) {
        if (typeof v !== 'string') return fail(invalidArgument('error.feed.mappingPath', 'The mapping of "{field}" is not a path such as emails[0].email: "{path}".', { field: k, path: typeof v }));
        mapping[k] = v;
      }
      const bad = checkMapping(mapping);
      if (bad) return fail(bad);
      const hash = fnv1a64(p.json);
      const preview = read(new CrmFeed(p.json, mapping, hash));
      return preview.ok ? ok({ spec: { kind: 'crm', ref: hash, mapping }, text: p.json, preview: preview.value }) : preview;
    }
    case 'sheet': {
      const spreadsheetId = p.spreadsheetId?.trim() ?? '';
      if (spreadsheetId === '') return fail(missing('spreadsheetId'));
      if (!/^[A-Za-z0-9_-]{10,200}$/.test(spreadsheetId)) {
        return fail(invalidArgument('error.feed.sheetId', 'This is not a Google Sheet id; copy it from the Sheet\'s address (the part after /d/).'));
      }
      // No range: the whole first sheet.
      const range = p.range?.trim() ?? '';
      if (hasControlChars(range)) return fail(invalidArgument('error.feed.sheetRange', 'The range "{range}" is not a range of a sheet, such as Sheet1!A:Z.', { range }));
      const spec: FeedSpec = { kind: 'sheet', ref: sheetRef(spreadsheetId, range) };
      const sheets = sheetValuesOf(ctx);
      const who = owner();
      if (!sheets || !who) return ok({ spec, text: null, preview: null });
      const preview = read(new SheetFeed(sheets, who, spreadsheetId, range));
      return preview.ok ? ok({ spec, text: null, preview: preview.value }) : preview;
    }
  }
}

/** Contacts in the label that this feed does not own: a feed replaces the label's contents, so they need `replace`. */
function handMadeCount(model: Model, label: Label): number {
  const prefix = feedKeyOf(label.id, '');
  return model.contactsOf(label.id).filter((c) => !c.feedKey?.startsWith(prefix)).length;
}

/** A directory label may be shared only on editions that allow it (DESIGN.md section 7); the label's grants decide. */
function directoryRefusal(model: Model, label: Label, env: Env, spec: FeedSpec): AppError | null {
  if (spec.kind !== 'directory' || model.grantsOf(label.id).length === 0) return null;
  return checkGrant(readEdition(env.ctx.config), { granteeKind: 'user', labelIsDirectory: true, sharedLabelCount: 1, labelContactCount: 0 });
}

export function setFeed(ctx: AppContext, input: unknown): Result<SetFeedOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    // The Sheet is read as the owner; only the owner may set a feed, so the actor is who it is read as.
    const planned = plan(ctx, parsed.value, () => env.actor);
    if (!planned.ok) return planned;
    const { spec, text: sourceText, preview } = planned.value;
    const edition = readEdition(ctx.config);
    const tables: TableName[] = ['labels', 'grants', 'contacts', 'collaborators', 'feeds', 'feedChunks'];
    const result = transactFeeds(ctx, tables, (model, feeds) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'view');
      if (!access.ok) return access;
      const { label, role } = access.value;
      if (role !== 'owner') return fail(permissionDenied('error.feed.ownerOnly', 'Only the owner of this label can change where its contacts come from.'));
      const upgrade = directoryRefusal(model, label, env, spec);
      if (upgrade) return fail(upgrade);
      const handMade = handMadeCount(model, label);
      if (handMade > 0 && !parsed.value.replace) {
        return fail(
          failedPrecondition(
            'error.feed.labelNotEmpty',
            'The label "{name}" holds {count} contacts that did not come from this feed. A feed replaces a label\'s contents: fill a new label from the feed, or set it with "replace" so the feed takes them over (matched by email address; the others leave the label).',
            { name: label.name, count: handMade },
          ),
        );
      }
      const before = feeds.state(label.id);
      if (label.feed !== null && specKey(label.feed) === specKey(spec) && before?.spec === specKey(spec) && before.replace === parsed.value.replace) {
        return ok({ label, feed: spec, preview, changed: false });
      }
      const next: Label = { ...label, feed: spec, updatedAt: env.now };
      model.putLabel(next);
      const state = { ...freshState(label, spec, env.now, env.actor), replace: parsed.value.replace, last: before?.last ?? null };
      if (sourceText !== null) {
        const chunks = feeds.putText(label.id, 'source', sourceText);
        state.source = { hash: fnv1a64(sourceText), chars: sourceText.length, chunks };
      } else {
        feeds.putText(label.id, 'source', '');
      }
      feeds.putState(state);
      if ((label.feed?.kind === 'directory') !== (spec.kind === 'directory') && model.grantsOf(label.id).length > 0) {
        recomputeCollaborators(model, env, { edition, seats: readSeats(ctx.config), expand: new Set() });
      }
      audit(env, model, 'feed.set', label.id, spec.kind, {
        kind: spec.kind,
        ref: spec.kind === 'directory' ? null : spec.ref,
        replace: parsed.value.replace,
        rows: preview?.rows ?? null,
      });
      return ok({ label: next, feed: spec, preview, changed: true });
    });
    if (result.ok && result.value.changed) ctx.config.set(FEEDS_PRESENT_KEY, '1');
    return result;
  });
}
