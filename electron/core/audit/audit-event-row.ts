/** An audit_events row exactly as stored (snake_case, JSON values still as text). */
export interface AuditEventRow {
  id: number;
  occurred_at: string;
  user_id: number | null;
  username: string | null;
  workstation: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}
