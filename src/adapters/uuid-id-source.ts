// IdSource over Utilities.getUuid(): random version-4 UUIDs, so ids made by concurrent executions never collide.
import type { IdSource } from '../core/ids';

type Utilities = GoogleAppsScript.Utilities.Utilities;

export class UuidIdSource implements IdSource {
  constructor(private readonly utilities: Utilities) {}

  newId(prefix: string): string {
    return `${prefix}${this.utilities.getUuid().toLowerCase()}`;
  }
}
