// Starts the HTTP emulator on an ephemeral port and hands out official googleapis clients pointed at it.
import { google, type admin_directory_v1, type people_v1, type sheets_v4 } from 'googleapis';
import { createWorld, type World, type WorldOptions } from '../../../emulator';
import { installSchemaValidation } from '../../../emulator/core/schema';
import { startEmulatorServer, type EmulatorServer } from '../../../emulator/server/http-server';
import { applySeed, DEFAULT_SEED } from '../../../emulator/server/seed';

// gaxios loads node-fetch with a dynamic import(), which jest's VM refuses without --experimental-vm-modules;
// Node's own fetch is a fetch implementation gaxios supports, so the clients run unchanged otherwise.
export const TRANSPORT = { fetchImplementation: fetch };

export interface ClientHarness {
  world: World;
  server: EmulatorServer;
  /** The three APIs as `email`, authenticated by the development token `dev:<email>`. */
  as(email: string): { people: people_v1.People; admin: admin_directory_v1.Admin; sheets: sheets_v4.Sheets };
  close(): Promise<void>;
}

/** A fresh seeded world (admin@, alice@, bob@ example.com; sales@ with bob), schema-checked, served on port 0. */
export async function startClientHarness(opts: WorldOptions = {}): Promise<ClientHarness> {
  const world = createWorld({ seed: 1, ...opts });
  applySeed(world, DEFAULT_SEED);
  installSchemaValidation(world);
  const server = await startEmulatorServer(world, { port: 0 });
  const rootUrl = server.url + '/';
  return {
    world,
    server,
    as(email) {
      const auth = new google.auth.OAuth2({ transporterOptions: TRANSPORT });
      auth.setCredentials({ access_token: `dev:${email}` });
      return {
        people: google.people({ version: 'v1', auth, rootUrl }),
        admin: google.admin({ version: 'directory_v1', auth, rootUrl }),
        sheets: google.sheets({ version: 'v4', auth, rootUrl }),
      };
    },
    close: () => server.close(),
  };
}

export interface ApiFailure {
  status: number;
  error: {
    code: number;
    message: string;
    status: string;
    errors?: Array<{ reason: string }>;
    details?: unknown[];
  };
}

/** Awaits a call that must fail and returns the HTTP status and Google's error object the client received. */
export async function failureOf(call: Promise<unknown>): Promise<ApiFailure> {
  try {
    await call;
  } catch (e) {
    const res = (e as { response?: { status: number; data: { error: ApiFailure['error'] } } }).response;
    if (!res) throw e;
    return { status: res.status, error: res.data.error };
  }
  throw new Error('expected the call to fail, it succeeded');
}
