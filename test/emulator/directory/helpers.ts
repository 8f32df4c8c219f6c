// Test helpers: a Directory call as an advanced service or over REST with given scopes.
import type { ApiResponse } from '../../../emulator/core/types';
import type { World } from '../../../emulator/core/world';

export function dirCall(
  world: World,
  caller: string,
  methodId: string,
  params: Record<string, unknown> = {},
  scopes: string[] | null = null,
): ApiResponse {
  return world.call({
    service: 'directory',
    methodId,
    params,
    caller: { email: caller, scopes },
    via: scopes ? 'rest' : 'advanced',
  });
}

export interface ErrorShape {
  error: { code: number; message: string; status: string; errors: Array<{ reason: string }> };
}

export const errorOf = (res: ApiResponse) => (res.body as ErrorShape).error;
export const bodyOf = (res: ApiResponse) => res.body as Record<string, unknown>;
