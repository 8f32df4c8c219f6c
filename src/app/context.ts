// What every use case receives: the signed-in actor and the ports. Built by the composition root per execution.
import type { IdSource } from '../core/ids';
import type { Store } from '../core/ports/store';
import type { Clock, ConfigStore, Directory, Lock, Mailer } from '../core/ports/infrastructure';
import type { ActorContacts } from '../core/ports/actor-contacts';

export interface AppContext {
  /** The signed-in user (Session), lower-case: the actor of every command. Never a card parameter. */
  actor: string;
  clock: Clock;
  ids: IdSource;
  store: Store;
  lock: Lock;
  config: ConfigStore;
  directory: Directory;
  mailer: Mailer;
  /** The actor's own Google Contacts (People advanced service), for adopting existing contacts. */
  actorContacts: ActorContacts;
  /** Where an invitation e-mail points people to open the add-on. */
  addonUrl: string;
}
