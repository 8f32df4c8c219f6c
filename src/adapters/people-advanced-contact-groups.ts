// ContactGroups over the People advanced service: runs as the executing user, so it can only see their own account.
import type { ContactGroupSummary, ContactGroups, GroupMemberSummary } from '../core/ports/contact-groups';

type PeopleApi = GoogleAppsScript.People;
type Group = GoogleAppsScript.People.Schema.ContactGroup;

function summary(g: Group): ContactGroupSummary {
  return { resourceName: g.resourceName ?? '', name: g.formattedName ?? g.name ?? '', memberCount: g.memberCount ?? 0 };
}

export class PeopleAdvancedContactGroups implements ContactGroups {
  constructor(private readonly people: PeopleApi) {}

  listUserGroups(): ContactGroupSummary[] {
    const out: ContactGroupSummary[] = [];
    let pageToken: string | undefined;
    do {
      const page = this.people.ContactGroups!.list({
        pageSize: 1000,
        groupFields: 'name,groupType,memberCount',
        pageToken,
      });
      for (const g of page.contactGroups ?? []) if (g.groupType === 'USER_CONTACT_GROUP') out.push(summary(g));
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
    return out;
  }

  members(resourceName: string, limit: number): { group: ContactGroupSummary; members: GroupMemberSummary[] } | null {
    let group: Group;
    try {
      group = this.people.ContactGroups!.get(resourceName, { maxMembers: limit, groupFields: 'name,groupType,memberCount' });
    } catch (e) {
      if (/Requested entity was not found|not found/i.test(String((e as Error).message))) return null;
      throw e;
    }
    if (group.groupType !== 'USER_CONTACT_GROUP') return null;
    const names = group.memberResourceNames ?? [];
    const members: GroupMemberSummary[] = [];
    for (let i = 0; i < names.length; i += 200) {
      const batch = this.people.People!.getBatchGet({
        resourceNames: names.slice(i, i + 200),
        personFields: 'names,emailAddresses',
      });
      for (const r of batch.responses ?? []) {
        const p = r.person;
        if (!p) continue;
        members.push({
          resourceName: p.resourceName ?? '',
          displayName: p.names?.[0]?.displayName ?? p.emailAddresses?.[0]?.value ?? p.resourceName ?? '',
          email: p.emailAddresses?.[0]?.value ?? undefined,
        });
      }
    }
    return { group: summary(group), members };
  }
}
