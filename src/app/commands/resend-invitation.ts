// Command: send a grant's invitation e-mail again (manager+), at most once every few minutes per grant.
import { fail, failedPrecondition, ok, resourceExhausted, Result, unavailable } from '../../core/errors';
import { granteeKey } from '../../core/grant';
import { toEpochMs } from '../../core/time';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { audit, envOf } from '../env';
import { id, parseInput } from '../input';
import { invitationMail } from '../mail';
import { transact } from '../store/transact';
import { grantOfLabel } from './change-role';

export interface ResendInvitationOutput {
  grantId: string;
  sentTo: string;
}

const SHAPE = { labelId: id(), grantId: id() };

/** MailApp's daily recipient quota is small (100 a day for some accounts): a double click must not spend two. */
export const RESEND_INTERVAL_MS = 5 * 60 * 1000;

/**
 * The mail is sent inside the unit of work, before the save: when the mail service refuses, nothing is recorded and
 * the manager sees UNAVAILABLE; when the save then fails, an extra invitation went out, which is harmless.
 */
export function resendInvitation(ctx: AppContext, input: unknown): Result<ResendInvitationOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    return transact(ctx, ['labels', 'grants'], (model) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'share');
      if (!access.ok) return access;
      const { label } = access.value;
      const grant = grantOfLabel(model, parsed.value.grantId, label.id);
      if (!grant.ok) return grant;
      const g = grant.value;
      if (g.grantee.kind === 'domain') {
        return fail(
          failedPrecondition(
            'error.invitation.domain',
            'A label shared with the whole domain sends no invitation.',
          ),
        );
      }
      const last = g.invitedAt === null ? NaN : toEpochMs(g.invitedAt);
      const since = ctx.clock.nowMs() - last;
      if (since >= 0 && since < RESEND_INTERVAL_MS) {
        return fail(
          resourceExhausted(
            'error.invitation.tooSoon',
            'An invitation was sent to {email} less than {minutes} minutes ago; wait a little before sending another.',
            {
              email: g.grantee.email,
              minutes: RESEND_INTERVAL_MS / 60000,
            },
          ),
        );
      }
      try {
        ctx.mailer.send(
          invitationMail({
            to: g.grantee.email,
            kind: g.grantee.kind,
            sharer: env.actor,
            labelName: label.name,
            role: g.role,
            addonUrl: ctx.addonUrl,
          }),
        );
      } catch {
        return fail(
          unavailable(
            'error.mail.failed',
            'The invitation could not be sent right now (the mail service refused it); try again later.',
          ),
        );
      }
      model.putGrant({ ...g, invitedAt: env.now });
      audit(env, model, 'grant.change', label.id, granteeKey(g.grantee), { invitationResent: true });
      return ok({ grantId: g.id, sentTo: g.grantee.email });
    });
  });
}
