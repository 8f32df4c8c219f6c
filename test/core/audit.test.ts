import { AUDIT_DETAIL_MAX, auditEvent, isAuditAction } from '../../src/core/audit';

describe('auditEvent', () => {
  it('builds an event with a lower-cased actor and only the given optional fields', () => {
    const e = auditEvent({ at: '2024-05-01T10:00:00Z', actor: ' Alice@Example.com', action: 'grant.add', label: 'lbl_1', detail: { role: 'viewer' } });
    expect(e).toEqual({ at: '2024-05-01T10:00:00Z', actor: 'alice@example.com', action: 'grant.add', label: 'lbl_1', detail: { role: 'viewer' } });
    expect('target' in e).toBe(false);
  });

  it('cuts over-long detail strings and keeps other values', () => {
    const e = auditEvent({ at: 1, actor: 'a@x.com', action: 'contact.edit', detail: { note: 'n'.repeat(5000), count: 3, ok: true, none: null } });
    expect(String(e.detail.note)).toHaveLength(AUDIT_DETAIL_MAX);
    expect(e.detail).toMatchObject({ count: 3, ok: true, none: null });
  });
});

describe('isAuditAction', () => {
  it('knows the listed actions only', () => {
    expect(isAuditAction('label.rename')).toBe(true);
    expect(isAuditAction('label.explode')).toBe(false);
  });
});
