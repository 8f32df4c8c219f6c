// Every command by name, each `(ctx, input: unknown) => Result<Output>`: what the card callbacks call.
import type { Result } from '../../core/errors';
import type { AppContext } from '../context';
import { acceptInvitation } from './accept-invitation';
import { addContact } from './add-contact';
import { addExistingContact } from './add-existing-contact';
import { changeRole } from './change-role';
import { comment } from './comment';
import { createLabel } from './create-label';
import { deleteContact } from './delete-contact';
import { deleteLabel } from './delete-label';
import { releaseSeats } from './release-seats';
import { removeContact } from './remove-contact';
import { renameLabel } from './rename-label';
import { resendInvitation } from './resend-invitation';
import { setEdition } from './set-edition';
import { setSeats } from './set-seats';
import { share } from './share';
import { syncNow } from './sync-now';
import { transferLabel } from './transfer-label';
import { unshare } from './unshare';
import { updateContact } from './update-contact';
import { removeFeed } from '../feeds/remove-feed';
import { setFeed } from '../feeds/set-feed';

export const COMMANDS = {
  createLabel,
  renameLabel,
  deleteLabel,
  transferLabel,
  addContact,
  addExistingContact,
  updateContact,
  removeContact,
  deleteContact,
  share,
  changeRole,
  unshare,
  comment,
  acceptInvitation,
  resendInvitation,
  syncNow,
  setEdition,
  setSeats,
  releaseSeats,
  setFeed,
  removeFeed,
} as const;

export type CommandName = keyof typeof COMMANDS;

export type CommandOutput<N extends CommandName> = (typeof COMMANDS)[N] extends (
  ctx: AppContext,
  input: unknown,
) => Result<infer O>
  ? O
  : never;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];
