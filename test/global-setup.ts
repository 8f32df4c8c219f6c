// Builds build/Code.js once before any test, so every suite loads the same bundle the deployment would push.
import { buildBundle } from '../scripts/build';

export default async function globalSetup(): Promise<void> {
  await buildBundle();
}
