// Query: one contact with the labels it is in (those the actor can see) and the comments made in them.
import { fail, ok, Result } from '../../core/errors';
import type { Comment } from '../../core/model';
import { highestRole, Role } from '../../core/role';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { contactNotFound, roleOnLabel } from '../access';
import { envOf } from '../env';
import { id, parseInput } from '../input';
import { read } from '../store/transact';
import { ContactView, contactView } from './contact-view';

export interface ContactDetailOutput {
  contact: ContactView;
  /** The actor's highest role over the labels below. */
  role: Role;
  labels: Array<{ id: string; name: string; role: Role }>;
  comments: Comment[];
}

const SHAPE = { contactId: id() };

/** Labels the actor cannot see stay invisible here too: their names and their comments are left out. */
export function contactDetail(ctx: AppContext, input: unknown): Result<ContactDetailOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    return read(ctx, ['labels', 'grants', 'contacts', 'comments'], (model) => {
      const contact = model.contact(parsed.value.contactId);
      if (!contact || contact.deleted) return fail(contactNotFound());
      const labels: Array<{ id: string; name: string; role: Role }> = [];
      for (const labelId of contact.labelIds) {
        const label = model.label(labelId);
        const role = label ? roleOnLabel(model, label, env.actor, env.dir) : null;
        if (label && role) labels.push({ id: label.id, name: label.name, role });
      }
      const role = highestRole(labels.map((l) => l.role));
      if (role === null) return fail(contactNotFound());
      const visible = new Set(labels.map((l) => l.id));
      const comments = model
        .commentsOf(contact.id)
        .filter((c) => visible.has(c.labelId))
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      return ok({ contact: contactView(contact, visible), role, labels, comments });
    });
  });
}
