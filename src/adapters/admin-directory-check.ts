// AdminCheck over the AdminDirectory advanced service, run as the executing user: only a Workspace admin can read users.
import type { AdminCheck } from '../core/ports/admin';

export class AdminDirectoryCheck implements AdminCheck {
  constructor(private readonly adminDirectory: GoogleAppsScript.AdminDirectory) {}

  isDirectoryAdmin(email: string): boolean {
    try {
      const user = this.adminDirectory.Users!.get(email);
      return user.isAdmin === true;
    } catch {
      // 403 "Not Authorized to access this resource/api": not an admin.
      return false;
    }
  }
}
