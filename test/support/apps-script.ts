// Runs Node-side code (adapters under test) inside one emulated Apps Script execution, with the sandbox's globals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppsScriptRuntime, type RunOptions } from '../../emulator/appsscript/runtime';
import type { World } from '../../emulator/core/world';

export interface AppsScriptGlobals {
  People: GoogleAppsScript.People;
  AdminDirectory: GoogleAppsScript.AdminDirectory;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  MailApp: GoogleAppsScript.Mail.MailApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  CardService: GoogleAppsScript.Card_Service.CardService;
}

export const MANIFEST = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));

/** A runtime with an empty script whose one global scope persists, so a harness function can be installed on it. */
export function harnessRuntime(world: World): AppsScriptRuntime {
  return new AppsScriptRuntime(world, '', MANIFEST, { freshContextPerRun: false });
}

/**
 * Calls `fn` inside one execution as `user` (deadline, call counting and kills apply as to any execution) and returns
 * its result; rethrows what `fn` threw, and throws when the platform ended the execution.
 */
export function inExecution<T>(
  runtime: AppsScriptRuntime,
  user: string,
  fn: (g: AppsScriptGlobals) => T,
  opts: RunOptions = {},
): T {
  let out: T | undefined;
  let thrown: unknown;
  let threw = false;
  const ctx = runtime.context;
  ctx.__harness = () => {
    try {
      out = fn(ctx as unknown as AppsScriptGlobals);
    } catch (e) {
      threw = true;
      thrown = e;
    }
  };
  const r = runtime.run(user, '__harness', [], opts);
  if (threw) throw thrown;
  if (!r.ok) throw new Error(`execution ended: ${r.killed ?? r.error?.message}`);
  return out as T;
}
