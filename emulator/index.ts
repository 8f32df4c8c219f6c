// The emulator's front door: a fresh World with every service's handlers.
import { World, type WorldOptions } from './core/world';
import { PEOPLE_HANDLERS } from './people/handlers';
import { DIRECTORY_HANDLERS } from './directory/handlers';
import { SHEETS_HANDLERS } from './sheets/handlers';
import { OAUTH_HANDLERS } from './oauth/tokens';
import { installSchemaValidation } from './core/schema';

export { World } from './core/world';
export type { WorldOptions } from './core/world';

export function createWorld(opts: WorldOptions = {}): World {
  const world = new World({ ...PEOPLE_HANDLERS, ...DIRECTORY_HANDLERS, ...SHEETS_HANDLERS, ...OAUTH_HANDLERS }, opts);
  if (world.config.validateSchemas) installSchemaValidation(world);
  return world;
}
