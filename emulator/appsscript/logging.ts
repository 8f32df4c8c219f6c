// Logger and console as Apps Script has them: lines go to the execution's log (RunResult.logs) and the world's log.
// Logger.log formats with %s placeholders ([C] https://developers.google.com/apps-script/reference/base/logger#logformatorobject-values).
import type { ScriptHost } from './host';

/** How a logged value reads: strings as they are, other values as JSON where they can be. */
function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return String(v);
  if (v !== null && typeof v === 'object' && 'message' in v && 'stack' in v) {
    const e = v as { name?: unknown; message?: unknown };
    return `${String(e.name ?? 'Error')}: ${String(e.message)}`;
  }
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** printf-style formatting: %s %d %i %f %o %O %j take the next argument; leftovers are appended with spaces. */
export function formatLog(args: unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(show).join(' ');
  let i = 0;
  const head = first.replace(/%([sdifoOj%])/g, (m, c: string) => {
    if (c === '%') return '%';
    if (i >= rest.length) return m;
    const v = rest[i++];
    if (c === 'd' || c === 'i') return String(Math.trunc(Number(v)));
    if (c === 'f') return String(Number(v));
    return show(v);
  });
  return [head, ...rest.slice(i).map(show)].join(' ');
}

export function createLogger(host: ScriptHost): Record<string, unknown> {
  const lines: string[] = [];
  const self: Record<string, unknown> = {
    log: (...args: unknown[]) => {
      const line = formatLog(args);
      lines.push(line);
      host.log(line);
      return self;
    },
    getLog: () => lines.join('\n'),
    clear: () => {
      lines.length = 0;
    },
  };
  return self;
}

/** Apps Script's console writes to the execution log with a level; warn and error lines carry theirs. */
export function createConsole(host: ScriptHost): Record<string, unknown> {
  const at = (prefix: string) => (...args: unknown[]) => host.log(prefix + formatLog(args));
  const timers = new Map<string, number>();
  return {
    log: at(''),
    info: at(''),
    warn: at('WARNING: '),
    error: at('ERROR: '),
    time: (label = 'default') => {
      timers.set(String(label), host.world.clock.now());
    },
    timeEnd: (label = 'default') => {
      const start = timers.get(String(label));
      if (start === undefined) return;
      timers.delete(String(label));
      host.log(`${String(label)}: ${host.world.clock.now() - start}ms`);
    },
  };
}
